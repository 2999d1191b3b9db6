package analysis

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// TestMayBeBetweenTokens checks that respace's cheap first test never
// refuses an edit that sameTokens accepts, on random insertions and
// deletions in the golden vectors' Nix files, and that it does refuse
// most edits that change a token.
func TestMayBeBetweenTokens(t *testing.T) {
	files := goldenNixFiles(t)
	inserts := []string{" ", "\n", "\t", "a", "x1", `"`, `"h`, "#", "# c\n", "/*", "*/", "/* c */", "*", "/", ";", "{", "}", "é", "${"}
	rng := rand.New(rand.NewPCG(5, 11))
	accepted, cheaplyRefused, changedTokens := 0, 0, 0
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for range 20 {
			at := rng.IntN(len(src) + 1)
			var text []byte
			if n := rng.IntN(4); n > 0 && at+n <= len(src) && rng.IntN(3) == 0 {
				text = append(append([]byte(nil), src[:at]...), src[at+n:]...) // delete n bytes
			} else {
				text = append(append(append([]byte(nil), src[:at]...), inserts[rng.IntN(len(inserts))]...), src[at:]...)
			}
			m := DiffTexts(src, text)
			maybe, same := mayBeBetweenTokens(src, text, m), sameTokens(src, text, m)
			if same && !maybe {
				t.Fatalf("%s: edit at %d (%q → %q): sameTokens accepts what mayBeBetweenTokens refuses", name, m.Start, src[m.Start:m.OldEnd], text[m.Start:m.NewEnd])
			}
			switch {
			case same:
				accepted++
			case !maybe:
				cheaplyRefused++
				changedTokens++
			default:
				changedTokens++
			}
		}
	}
	t.Logf("%d edits between tokens; of %d that change tokens, %d refused without scanning", accepted, changedTokens, cheaplyRefused)
	if accepted < 500 || cheaplyRefused < changedTokens/2 {
		t.Errorf("%d accepted, %d of %d refused cheaply: the edits test too little", accepted, cheaplyRefused, changedTokens)
	}
}

// goldenNixFiles returns the Nix files of the golden vectors: policies as
// people write them, to edit at random.
func goldenNixFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "policies", "*", "*.nix"))
	if err != nil || len(files) < 100 {
		t.Fatalf("%d Nix files of golden vectors, %v", len(files), err)
	}
	return files
}
