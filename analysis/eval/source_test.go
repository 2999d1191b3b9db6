package eval

import (
	"fmt"
	"strings"
	"testing"
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
