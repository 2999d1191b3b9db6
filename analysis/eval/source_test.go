package eval

import (
	"fmt"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/nixparse"
)

// groupModule writes a policy module of one group, as the analysis'
// benchmarks do: literal recipients and secrets selecting targets.
func groupModule(recipients, secrets int) string {
	var b strings.Builder
	b.WriteString("{ lib, ... }:\n{\n  flake.secrets.g = {\n    recipients.admins = [\n")
	for i := range recipients {
		fmt.Fprintf(&b, "      { name = \"r%d\"; age = \"age1%058d\"; }\n", i, i)
	}
	b.WriteString("    ];\n")
	for s := range secrets {
		fmt.Fprintf(&b, "    secret.s%d.targets = [ \"r%d\" \"r%d\" ];\n", s, s%recipients, (s*7+3)%recipients)
		if s%5 == 0 {
			fmt.Fprintf(&b, "    secret.s%d.admins = [ \"r0\" ];\n", s)
		}
	}
	b.WriteString("  };\n}\n")
	return b.String()
}

// BenchmarkWarmScopes merges the scopes of a parsed group module, as the
// analysis does for every module file while evaluation goes on.
func BenchmarkWarmScopes(b *testing.B) {
	src := NewSource("g.nix", []byte(groupModule(20, 50)))
	src.Nix()
	b.ReportAllocs()
	for b.Loop() {
		src.scopes = nil
		src.WarmScopes()
	}
}

// TestFirstErrors: FirstErrors is the first n of Errors, for a file broken
// by a quote (its parse stops early), one with an undefined variable and
// one without errors, asked before and after the whole parse.
func TestFirstErrors(t *testing.T) {
	module := groupModule(30, 300)
	// Strings that are broken Nix once a quote turns them inside out.
	var broken strings.Builder
	broken.WriteString("{\n")
	for i := range 200 {
		fmt.Fprintf(&broken, "  s%d = \"a; b = { c\";\n", i)
	}
	broken.WriteString("}\n")
	at := strings.Index(broken.String(), "s3 ")
	for _, tt := range []struct {
		name, src string
		want      int
	}{
		{"quote", broken.String()[:at] + `"` + broken.String()[at:], 10},
		{"undefined", strings.Replace(module, "lib, ...", "...", 1) + "\n", 0},
		{"clean", module, 0},
		{"undefined variable", "{ ... }: x", 1},
	} {
		for _, first := range []bool{true, false} {
			src := NewSource("m.nix", []byte(tt.src))
			var got []string
			if first {
				got = messages(src.FirstErrors(10))
			}
			all := src.Errors()
			want := messages(all[:min(10, len(all))])
			if !first {
				got = messages(src.FirstErrors(10))
			}
			if len(want) != tt.want || strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s (FirstErrors first: %v): got\n%s\nwant (%d)\n%s", tt.name, first, strings.Join(got, "\n"), tt.want, strings.Join(want, "\n"))
			}
			if f, _ := src.Syntax(); f == nil || f.Expr == nil {
				t.Errorf("%s: Syntax has no tree after FirstErrors", tt.name)
			}
		}
	}
}

func messages(errs nixparse.ErrorList) []string {
	var out []string
	for _, e := range errs {
		out = append(out, e.Error())
	}
	return out
}
