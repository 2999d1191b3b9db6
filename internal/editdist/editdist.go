package editdist

// Levenshtein is the number of single-byte insertions, deletions and
// substitutions that turn a into b (as nixpkgs' lib.strings.levenshtein,
// which works on bytes).
func Levenshtein(a, b string) int { return distance([]byte(a), []byte(b), false) }

// OSA is the optimal string alignment distance: Levenshtein plus the
// transposition of two adjacent bytes as one edit (no substring is edited
// twice).
func OSA(a, b string) int { return distance([]byte(a), []byte(b), true) }

func distance[E byte | rune](a, b []E, transpose bool) int {
	// Three rows: the one before the previous is needed for transpositions.
	before := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if transpose && i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], before[j-2]+1)
			}
		}
		before, prev, cur = prev, cur, before
	}
	return prev[len(b)]
}

// Closest is the candidate nearest to name by OSA over characters (a typo
// of é is one edit, not two) and its distance, the first in candidates'
// order among equals; "" and -1 when there is none within maxDist.
func Closest(name string, candidates []string, maxDist int) (string, int) {
	best, dist := "", -1
	runes := []rune(name)
	for _, c := range candidates {
		if d := distance(runes, []rune(c), true); d <= maxDist && (dist < 0 || d < dist) {
			best, dist = c, d
		}
	}
	return best, dist
}
