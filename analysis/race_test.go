//go:build race

package analysis

// raceEnabled: the tests run under the race detector, which makes the
// largest policies too slow to analyse in a test.
const raceEnabled = true
