package nixparse_test

import (
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/nixparse"
	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/printer"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// breaks are texts typed into a file to break it: quotes that turn the
// rest inside out, and the constructs whose checks report at their start
// or at an earlier binding (ParseFirst must not stop inside them).
var breaks = []string{
	`"`, `"h`, `''`, `{`, `}`, `[`, `(`, `=`, `;`, `${`, `let `, `in `, `:`, `/*`,
	`a = 1; a = 2; `, `x.y = 1; x = { y = 2; }; `, `let ${"d"} = 1; `, `{ a, a }: `, `a@{ a, ... }: `,
	`{ b ? { c = "`, `inherit (x) ${y}; `, `a = f b `, `0x `, `./p/ `,
}

// TestParseFirst: the errors ParseFirst returns are Parse's first n, on
// every file of testdata broken at random places (the file, and the file
// with two breaks, so that errors come before and after); a Parser's
// ParseFirst answers the same, and the tree of a file it read whole stays
// the same while the Parser parses broken files on.
func TestParseFirst(t *testing.T) {
	var files []string
	filepath.WalkDir("../testdata", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".nix") {
			files = append(files, p)
		}
		return nil
	})
	if len(files) < 100 {
		t.Fatalf("%d Nix files under ../testdata", len(files))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	stopped, compared := 0, 0
	var parser nixparse.Parser
	check := func(name string, src []byte) *ast.File {
		n, tree := checkFirst(t, &parser, token.NewFile(name, src), 1, 3, 10)
		stopped, compared = stopped+n, compared+3
		return tree
	}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		tree := check(name, src)
		for range 4 {
			b := []byte(breaks[rng.IntN(len(breaks))])
			at := rng.IntN(len(src) + 1)
			broken := append(append(append([]byte(nil), src[:at]...), b...), src[at:]...)
			check(name, broken)
			b2 := []byte(breaks[rng.IntN(len(breaks))])
			at2 := rng.IntN(len(broken) + 1)
			check(name, append(append(append([]byte(nil), broken[:at2]...), b2...), broken[at2:]...))
		}
		if tree != nil {
			fresh, _ := nixparse.Parse(token.NewFile(name, src), 0)
			if got, want := (printer.Config{}).Print(tree.Expr), (printer.Config{}).Print(fresh.Expr); got != want {
				t.Errorf("%s: the tree the Parser returned changed as it parsed on:\n%s\nwant\n%s", name, got, want)
			}
		}
	}
	t.Logf("%d comparisons, %d stopped early", compared, stopped)
	if stopped < compared/10 {
		t.Errorf("only %d of %d parses stopped early", stopped, compared)
	}
}

// FuzzParseFirst: ParseFirst's errors are Parse's first ones, for any
// input.
func FuzzParseFirst(f *testing.F) {
	for _, b := range breaks {
		f.Add([]byte("{ a = { b = [ " + b + `"x" ]; c = 1; }; d = "y"; }`))
	}
	// A set merged after the first error reports at the earlier y.
	f.Add([]byte(`{ lb1 = "lb"x.y = 1; x = { y = 2; }; ; db1 = "db"; }`))
	var parser nixparse.Parser
	f.Fuzz(func(t *testing.T, src []byte) {
		checkFirst(t, &parser, token.NewFile("f.nix", src), 1, 2, 10)
	})
}

// checkFirst compares the errors of ParseFirst and of p's ParseFirst with
// Parse's first n, for each n. It returns how many of ParseFirst's parses
// stopped early, and the tree p returned for the last n.
func checkFirst(t *testing.T, p *nixparse.Parser, f *token.File, ns ...int) (stopped int, tree *ast.File) {
	t.Helper()
	_, all := nixparse.Parse(f, 0)
	for _, n := range ns {
		fresh, first := nixparse.ParseFirst(f, 0, n)
		if fresh == nil {
			stopped++
		}
		compareFirst(t, f, n, all, fresh, first)
		tree, first = p.ParseFirst(f, 0, n)
		compareFirst(t, f, n, all, tree, first)
	}
	return stopped, tree
}

// compareFirst checks the errors first of a ParseFirst(n) that returned
// tree against all, Parse's.
func compareFirst(t *testing.T, f *token.File, n int, all nixparse.ErrorList, tree *ast.File, first nixparse.ErrorList) {
	t.Helper()
	want := all[:min(n, len(all))]
	switch {
	case tree != nil && len(first) != len(all):
		t.Errorf("%s: read to the end, %d errors, Parse %d", f.Name(), len(first), len(all))
	case len(first) < len(want):
		t.Errorf("%s (n=%d): %d errors, want %d\n%s", f.Name(), n, len(first), len(want), f.Source())
		return
	}
	for i := range want {
		if first[i].Pos != want[i].Pos || first[i].Msg != want[i].Msg {
			t.Errorf("%s (n=%d): error %d is %v, Parse's is %v\n%s", f.Name(), n, i, first[i], want[i], f.Source())
			return
		}
	}
}
