package syntax

import (
	"fmt"
	"strings"
	"testing"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// BenchmarkCheck parses a 10,000-line policy, valid, with a syntax error
// near its start and with a string left open in its middle: the cost of
// one run of the provider after an edit.
func BenchmarkCheck(b *testing.B) {
	var src strings.Builder
	src.WriteString("{ lib, ... }:\n{\n")
	for g := 0; strings.Count(src.String(), "\n") < 10000; g++ {
		fmt.Fprintf(&src, "  flake.secrets.group%d = {\n    recipients.admins = [ { name = \"alice\"; age = \"age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\"; } ];\n", g)
		for s := 0; s < 20; s++ {
			fmt.Fprintf(&src, "    secret.s%d = { targets = [ \"server1\" ]; };\n", s)
		}
		src.WriteString("  };\n")
	}
	src.WriteString("}\n")
	valid := src.String()
	broken := strings.Replace(valid, `[ "server1" ];`, `[ "server1" ]`, 1)
	// A quote typed in the middle: the string left open makes an error of
	// most lines after it; the first ten are placed on their tokens.
	mid := strings.Index(valid[len(valid)/2:], `"server1" ]`) + len(valid)/2 + len(`"server1" `)
	openString := valid[:mid] + `"` + valid[mid:]
	for _, c := range []struct{ name, src string }{{"valid", valid}, {"broken", broken}, {"open-string", openString}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.src)))
			for b.Loop() {
				Check("policy.nix", token.NewFile("policy.nix", []byte(c.src)), "/")
			}
		})
	}
}
