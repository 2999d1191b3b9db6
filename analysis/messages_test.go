package analysis

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestMessagePathsAreAbsolute: a parser message that names a place of the
// file ("already defined at") prints its absolute path, as Nix does, for a
// flake anywhere below the file system's root.
func TestMessagePathsAreAbsolute(t *testing.T) {
	fsys := fstest.MapFS{
		"home/u/infra/flake.nix":  {Data: testFlake([]string{"./layout.nix"}, "")},
		"home/u/infra/layout.nix": {Data: []byte("{ ... }: {\n  flake.secrets.g.secret.s.file = \"a.yaml\";\n  flake.secrets.g.secret.s.file = \"b.yaml\";\n}\n")},
	}
	for _, root := range []string{"", "/", "/srv"} {
		res := Analyze(fsys, Options{Dir: "home/u/infra", FSRoot: root})
		want := "already defined at " + strings.TrimSuffix(root, "/") + "/home/u/infra/layout.nix:2:3"
		found := false
		for _, d := range res.Diagnostics {
			found = found || d.Code == CodeSyntax && strings.HasSuffix(d.Message, want)
		}
		if !found {
			t.Errorf("FSRoot %q: no message ending in %q:\n%s", root, want, diagList(res))
		}
	}
}
