package analysis

// GCPercent is the collector's target (runtime/debug.SetGCPercent) that
// programs analysing a workspace should run with. An analysis allocates
// its result and about as much again in short-lived garbage; with Go's
// default of 100 the collector runs several times per analysis and marks
// the growing result each time, which doubles its CPU
// (BenchmarkAnalyzeFull: ~215 cpu-ms at 100, ~145 at 400, ~115 with no
// collection at all). The setting is the process's, so the binaries set
// it at their edge (a long-lived server bounds the heap with a soft
// memory limit besides), and the benchmarks measure with it.
const GCPercent = 400
