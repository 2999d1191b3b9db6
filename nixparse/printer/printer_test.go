package printer

import (
	"path"
	"strings"
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

// FuzzAttrKeys checks that attribute keys, compared by prefix first,
// order names as strings.Compare does.
func FuzzAttrKeys(f *testing.F) {
	for _, p := range [][2]string{{"a", "a\x00"}, {"abcdefgh", "abcdefghi"}, {"abcdefgz", "abcdefgha"}, {"", "\x00"}, {"b", "abcdefghij"}, {"\xff", "\x7f"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := compareAttrKeys(newAttrKey(a, 0), newAttrKey(b, 1)), strings.Compare(a, b); got != want {
			t.Errorf("compareAttrKeys(%q, %q) = %d, want %d", a, b, got, want)
		}
	})
}

// TestShowID pins which names print bare.
func TestShowID(t *testing.T) {
	for name, want := range map[string]string{
		"a": "a", "_a-b'c9": "_a-b'c9", "A": "A", "if": `"if"`, "": `""`, "9a": `"9a"`, "-a": `"-a"`,
		"'a": `"'a"`, "a b": `"a b"`, "a.b": `"a.b"`, "a$": `"a\$"`, "é": `"é"`, "a\n": `"a\n"`,
	} {
		if got := ShowID(name); got != want {
			t.Errorf("ShowID(%q) = %s, want %s", name, got, want)
		}
		p := printer{}
		if p.id(name); string(p.b) != want {
			t.Errorf("id(%q) = %s, want %s", name, p.b, want)
		}
	}
}
