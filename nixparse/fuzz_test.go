package nixparse_test

import (
	"os"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/nixparse"
	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/printer"
)

// FuzzParse feeds arbitrary bytes to the parser, the resolver and the
// printer. None may panic; every node must lie inside its parent and the
// source; and printing is stable: once the printed form of a valid input
// reparses, printing it again reaches a fixed point.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"ok", "err"} {
		files, _ := os.ReadDir(testdata + "/" + name)
		for _, e := range files {
			if src, err := os.ReadFile(testdata + "/" + name + "/" + e.Name()); err == nil {
				f.Add(src)
			}
		}
	}
	for _, s := range []string{"", "{", "''", "\"${", "./a/${", "a.b or c", "let { }", "x: y: z", "[ -1 ]", "{ a ? 1 }", "~/", "\x00",
		"let inherit u; in u", "rec { inherit u; v = w; }", "let inherit (u) a c; b = 1; inherit (v) d; in a"} {
		f.Add([]byte(s))
	}
	cfg := printer.Config{BaseDir: "/base", Home: "/home"}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, errs := nixparse.ParseFile("f.nix", src, nixparse.ParseComments)
		checkRanges(t, file, len(src))
		_, undefined := nixparse.Resolve(file, nixparse.NixCurrent)
		// CheckVariables takes shortcuts (no sets built): same errors.
		if checked := nixparse.CheckVariables(file, nixparse.NixCurrent); checked.InNixOrder().String() != undefined.InNixOrder().String() {
			t.Errorf("CheckVariables and Resolve disagree:\nsource: %q\nchecked:\n%sresolved:\n%s", src, checked.String(), undefined.String())
		}
		p1 := cfg.Print(file.Expr)
		if len(errs) > 0 || len(undefined) > 0 {
			return
		}
		reparse := func(s string) (string, bool) {
			f, errs := nixparse.ParseFile("p.nix", []byte(s), 0)
			return cfg.Print(f.Expr), len(errs) == 0
		}
		p2, ok := reparse(p1)
		if !ok {
			return // e.g. `assert` and keywords as names print in forms Nix itself cannot read
		}
		if p3, ok := reparse(p2); !ok || p3 != p2 {
			t.Errorf("printing is not stable:\nsource: %q\np1: %s\np2: %s\np3: %s", src, p1, p2, p3)
		}
	})
}

// checkRanges checks that each node's range is well formed, inside the
// source and inside its parent's.
func checkRanges(t *testing.T, file *ast.File, size int) {
	t.Helper()
	var stack []ast.Node
	ast.Inspect(file, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		pos, end := n.Pos(), n.End()
		if pos < 0 || end < pos || int(end) > size {
			t.Fatalf("%T has range [%d, %d) in a source of %d bytes", n, pos, end, size)
		}
		if k := len(stack); k > 0 {
			if p := stack[k-1]; pos < p.Pos() || end > p.End() {
				t.Fatalf("%T [%d, %d) is outside its parent %T [%d, %d)", n, pos, end, p, p.Pos(), p.End())
			}
		}
		stack = append(stack, n)
		return true
	})
}
