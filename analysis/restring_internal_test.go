package analysis

import (
	"bytes"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
)

// TestRestringMatchesParse breaks the golden vectors' Nix files with a
// quote typed at random and types or deletes plain text after it (and
// elsewhere): whenever Restring answers, its answer is exactly the syntax
// errors of a parse of the new text.
func TestRestringMatchesParse(t *testing.T) {
	files := goldenNixFiles(t)
	errorsOf := func(text []byte) []Diagnostic {
		return syntaxErrors(eval.NewSource("f.nix", text), "/ws")
	}
	typed := []string{"h", "web1", " ", "-", "x y", "é", "\"", "${", "\\", "\n", "'"}
	rng := rand.New(rand.NewPCG(7, 13))
	answered, refused := 0, 0
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for range 4 {
			q := rng.IntN(len(src) + 1)
			old := slices.Concat(src[:q], []byte(`"`), src[q:])
			diags := errorsOf(old)
			if len(diags) == 0 {
				continue
			}
			for range 3 {
				at := q + 1 // right after the quote, as typing goes on
				if rng.IntN(3) == 0 {
					at = rng.IntN(len(old) + 1)
				}
				var text []byte
				if n := rng.IntN(3); rng.IntN(4) == 0 && at+n <= len(old) {
					text = slices.Concat(old[:at], old[at+n:])
				} else {
					text = slices.Concat(old[:at], []byte(typed[rng.IntN(len(typed))]), old[at:])
				}
				got, ok := Restring(old, text, "f.nix", diags)
				if !ok {
					refused++
					continue
				}
				answered++
				if want := errorsOf(text); !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: quote at %d, edit at %d:\nRestring: %+v\nparse:    %+v", name, q, at, got, want)
				}
			}
		}
	}
	t.Logf("%d edits answered, %d refused", answered, refused)
	if answered < 500 || refused < 200 {
		t.Errorf("answered %d, refused %d: the edits test too little", answered, refused)
	}
}

// TestRestringPathText checks that text typed in a path after an
// interpolation, which a quote left open made code again, is not taken
// for a string's: a character a path cannot hold ends the path there.
func TestRestringPathText(t *testing.T) {
	old := []byte("{ a = import .\"/h.nix;\n  b = ./h + \"/${n}/ssh_host.pub\";\n}\n")
	at := bytes.Index(old, []byte("_host")) + 1
	text := slices.Concat(old[:at], []byte("é"), old[at:])
	diags := syntaxErrors(eval.NewSource("f.nix", old), "/ws")
	if len(diags) == 0 {
		t.Fatal("no syntax error in the old text")
	}
	want := syntaxErrors(eval.NewSource("f.nix", text), "/ws")
	if got, ok := Restring(old, text, "f.nix", diags); ok && !reflect.DeepEqual(got, want) {
		t.Errorf("Restring: %+v\nparse:    %+v", got, want)
	}
}
