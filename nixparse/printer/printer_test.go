package printer

import (
	"path"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
)

// FuzzAbsPath checks that a path literal prints as AbsPath makes it,
// which the printer computes in place.
func FuzzAbsPath(f *testing.F) {
	for _, lit := range []string{"./a/b.nix", "../a", "./a/../../b", "/a//b/./c/", "a/b", "~/x", "./.", "/..", "/a/b/..", "./a/", "..", "/"} {
		f.Add(lit, "/base/dir")
		f.Add(lit, "")
		f.Add(lit, "/")
		f.Add(lit, "rel")
	}
	f.Fuzz(func(t *testing.T, lit, base string) {
		if lit == "" {
			return // no path literal is empty
		}
		cfg := Config{BaseDir: base, Home: "/home"}
		got := cfg.Print(&ast.Path{Parts: []ast.StringPart{&ast.Text{Value: lit}}})
		if want := AbsPath(lit, base, "/home"); got != want {
			t.Errorf("path %q in %q printed as %q, want %q", lit, base, got, want)
		}
		if abs := "/" + lit; string(cleanRooted([]byte(abs))) != path.Clean(abs) {
			t.Errorf("cleanRooted(%q) = %q, want %q", abs, cleanRooted([]byte(abs)), path.Clean(abs))
		}
	})
}
