package editdist

import "testing"

func TestDistances(t *testing.T) {
	tests := []struct {
		a, b        string
		levenshtein int
		osa         int
	}{
		{"", "", 0, 0},
		{"", "abc", 3, 3},
		{"abc", "", 3, 3},
		{"web2", "web2", 0, 0},
		{"wbe2", "web2", 2, 1},
		{"sevrer1", "server1", 2, 1},
		{"kitten", "sitting", 3, 3},
		{"ca", "abc", 3, 3}, // OSA edits no substring twice (Damerau would say 2)
		{"ab", "ba", 2, 1},
		{"abcd", "badc", 3, 2},
		{"flaw", "lawn", 2, 2},
	}
	for _, tt := range tests {
		if got := Levenshtein(tt.a, tt.b); got != tt.levenshtein {
			t.Errorf("Levenshtein(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.levenshtein)
		}
		if got := OSA(tt.a, tt.b); got != tt.osa {
			t.Errorf("OSA(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.osa)
		}
		if Levenshtein(tt.a, tt.b) != Levenshtein(tt.b, tt.a) || OSA(tt.a, tt.b) != OSA(tt.b, tt.a) {
			t.Errorf("%q, %q: not symmetric", tt.a, tt.b)
		}
	}
}

func TestClosest(t *testing.T) {
	names := []string{"web1", "web2", "db1"}
	tests := []struct {
		name    string
		max     int
		want    string
		wantDis int
	}{
		{"wbe2", 1, "web2", 1},
		{"web3", 1, "web1", 1}, // ties: the first candidate
		{"db", 1, "db1", 1},
		{"mail", 1, "", -1},
		{"web2", 0, "web2", 0},
	}
	for _, tt := range tests {
		got, d := Closest(tt.name, names, tt.max)
		if got != tt.want || d != tt.wantDis {
			t.Errorf("Closest(%q, %d) = %q, %d; want %q, %d", tt.name, tt.max, got, d, tt.want, tt.wantDis)
		}
	}
}

func FuzzDistances(f *testing.F) {
	f.Add("wbe2", "web2")
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) > 64 || len(b) > 64 {
			return
		}
		l, o := Levenshtein(a, b), OSA(a, b)
		if o > l || o < 0 || l > max(len(a), len(b)) || l < abs(len(a)-len(b)) {
			t.Errorf("%q, %q: Levenshtein %d, OSA %d", a, b, l, o)
		}
		if (a == b) != (o == 0) {
			t.Errorf("%q, %q: OSA %d", a, b, o)
		}
	})
}

func abs(x int) int { return max(x, -x) }

// TestClosestCountsCharacters: a typo of a non-ASCII letter is one edit to
// Closest, while Levenshtein counts bytes as nixpkgs' lib does.
func TestClosestCountsCharacters(t *testing.T) {
	if got, d := Closest("zoé", []string{"alice", "zoe"}, 1); got != "zoe" || d != 1 {
		t.Errorf("Closest(zoé) = %q, %d", got, d)
	}
	if d := Levenshtein("zoé", "zoe"); d != 2 {
		t.Errorf("Levenshtein(zoé, zoe) = %d, want 2 (bytes)", d)
	}
}
