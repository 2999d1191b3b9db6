package lsp_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
)

// policyFile returns a valid Nix policy of about n lines.
func policyFile(n int) string {
	var b strings.Builder
	b.WriteString("{ lib, ... }:\n{\n")
	for g := 0; b.Len() == 0 || strings.Count(b.String(), "\n") < n; g++ {
		fmt.Fprintf(&b, "  flake.secrets.group%d = {\n    recipients.admins = [ { name = \"alice\"; age = \"age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\"; } ];\n", g)
		b.WriteString("    recipients.targets = [ { name = \"server1\"; key = \"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG0lfMJ5Ju4+rJ4Q0m1fHoi0jk2kGfbe2TQTA5zN1vXo\"; } ];\n")
		for s := 0; s < 20; s++ {
			fmt.Fprintf(&b, "    secret.s%d = { targets = [ \"server1\" ]; };\n", s)
		}
		b.WriteString("  };\n")
	}
	b.WriteString("}\n")
	return b.String()
}

// BenchmarkEditToDiagnostics measures, in-process, one incremental edit of a
// 10,000-line policy file until the client has its diagnostics: the edit
// alternately breaks and mends a line, so every publication changes.
func BenchmarkEditToDiagnostics(b *testing.B) {
	s := lsptest.Start(b, lsp.Options{Root: "/ws", FS: fstest.MapFS{}, Providers: lsp.DefaultProviders(), DiagnosticsDelay: -1})
	s.Initialize(lsptest.InitializeParams(wsURI))
	uri := wsURI + "/policy.nix"
	s.Open(uri, policyFile(10000))
	s.AwaitDiagnostics(uri, 1)
	// Line 5 (0-based) is the first secret's: `    secret.s0 = { targets = [ "server1" ]; };`
	semi := rng(5, 41, 5, 42)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v := int32(i + 2)
		if i%2 == 0 {
			s.Change(uri, v, lsptest.Edit{Range: &semi, Text: ""})
		} else {
			at := rng(5, 41, 5, 41)
			s.Change(uri, v, lsptest.Edit{Range: &at, Text: ";"})
		}
		ds := s.AwaitDiagnostics(uri, v)
		if (len(ds) == 0) != (i%2 == 1) {
			b.Fatalf("version %d: %v", v, ds)
		}
	}
}

// BenchmarkHover measures a hover round trip on a 10,000-line file with a
// provider that answers at once: the server's own cost per request.
func BenchmarkHover(b *testing.B) {
	s := lsptest.Start(b, lsp.Options{Root: "/ws", FS: fstest.MapFS{}, Providers: []provider{&lsptest.WordProvider{}}, DiagnosticsDelay: -1})
	s.Initialize(lsptest.InitializeParams(wsURI))
	uri := wsURI + "/policy.nix"
	s.Open(uri, policyFile(10000))
	params := hoverParams(uri, 9000, 10)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var h protocol.Hover
		if err := s.Call(protocol.MethodTextDocumentHover, params, &h); err != nil {
			b.Fatal(err)
		}
	}
}
