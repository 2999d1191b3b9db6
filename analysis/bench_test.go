package analysis

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"filippo.io/age"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// benchPolicy writes a flake of groups×secrets×recipients: one module file
// per group (a quarter of the recipients admins, the rest targets), every
// secret selecting a few targets, some narrowing their admins.
func benchPolicy(tb testing.TB, groups, secrets, recipients int) fstest.MapFS {
	tb.Helper()
	fsys := fstest.MapFS{}
	var imports []string
	for g := 0; g < groups; g++ {
		name := fmt.Sprintf("g%03d", g)
		imports = append(imports, "./secrets/"+name+".nix")
		fsys["secrets/"+name+".nix"] = &fstest.MapFile{Data: []byte(benchGroup(tb, name, secrets, recipients, 0))}
	}
	fsys["flake.nix"] = &fstest.MapFile{Data: []byte(`{
  inputs.flake-parts.url = "github:hercules-ci/flake-parts";
  inputs.secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default
        ` + strings.Join(imports, "\n        ") + `
      ];
      systems = [ "x86_64-linux" ];
    };
}
`)}
	return fsys
}

func newAgeKey(tb testing.TB) string {
	id, err := age.GenerateX25519Identity()
	if err != nil {
		tb.Fatal(err)
	}
	return id.Recipient().String()
}

// benchGroup writes one group's module; variant changes one secret.
func benchGroup(tb testing.TB, name string, secrets, recipients, variant int) string {
	var b strings.Builder
	admins := recipients / 4
	b.WriteString("{ lib, ... }:\n{\n  flake.secrets." + name + " = {\n    recipients.admins = [\n")
	for i := 0; i < admins; i++ {
		fmt.Fprintf(&b, "      { name = \"admin%d\"; age = %q; }\n", i, newAgeKey(tb))
	}
	b.WriteString("    ];\n    recipients.targets = [\n")
	for i := admins; i < recipients; i++ {
		fmt.Fprintf(&b, "      { name = \"host%d\"; age = %q; }\n", i, newAgeKey(tb))
	}
	b.WriteString("    ];\n")
	for s := 0; s < secrets; s++ {
		t1 := admins + (s+variant)%(recipients-admins)
		t2 := admins + (s*7+3)%(recipients-admins)
		fmt.Fprintf(&b, "    secret.s%d.targets = [ \"host%d\" \"host%d\" ];\n", s, t1, t2)
		if s%5 == 0 {
			fmt.Fprintf(&b, "    secret.s%d.admins = [ \"admin0\" ];\n", s)
		}
	}
	b.WriteString("  };\n}\n")
	return b.String()
}

func TestBenchPolicyIsValid(t *testing.T) {
	res := Analyze(benchPolicy(t, 3, 10, 8), Options{Dir: "."})
	if res.HasErrors() || len(res.Policy.Groups) != 3 || !res.SopsYAMLKnown {
		t.Fatalf("groups %d, sops known %v, diagnostics %v", len(res.Policy.Groups), res.SopsYAMLKnown, res.Diagnostics)
	}
}

// BenchmarkAnalyzeFull analyses a 200 groups × 50 secrets × 20 recipients
// policy from scratch: parsing, evaluation, merge, validation, rules.
func BenchmarkAnalyzeFull(b *testing.B) {
	fsys := benchPolicy(b, 200, 50, 20)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res := Analyze(fsys, Options{Dir: "."})
		if res.HasErrors() || !res.SopsYAMLKnown {
			b.Fatal("unexpected result")
		}
	}
}

// snapshotFS is a file system like the language server's snapshots: it
// hands out one indexed token.File per file version (eval.FileReader).
type snapshotFS struct {
	fstest.MapFS
	files map[*fstest.MapFile]*token.File
}

func (s snapshotFS) File(p string) (*token.File, error) {
	f, ok := s.MapFS[p]
	if !ok {
		return nil, fs.ErrNotExist
	}
	if tf := s.files[f]; tf != nil {
		return tf, nil
	}
	tf := token.NewFile(p, f.Data)
	s.files[f] = tf
	return tf, nil
}

// BenchmarkAnalyzeIncremental analyses the same policy again after one
// group's file changed, as the language server does after an edit (files
// from a snapshot, .sops.yaml generated on demand).
func BenchmarkAnalyzeIncremental(b *testing.B) {
	fsys := benchPolicy(b, 200, 50, 20)
	files := map[*fstest.MapFile]*token.File{}
	opts := Options{Dir: ".", LazySopsYAML: true}
	a := NewAnalyzer()
	a.Analyze(snapshotFS{fsys, files}, opts)
	var versions [2]snapshotFS
	for i := range versions {
		v := fstest.MapFS{}
		for p, f := range fsys {
			v[p] = f
		}
		v["secrets/g100.nix"] = &fstest.MapFile{Data: []byte(benchGroup(b, "g100", 50, 20, i+1))}
		versions[i] = snapshotFS{v, files}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res := a.Analyze(versions[i%2], opts)
		if res.HasErrors() || !res.SopsYAMLKnown {
			b.Fatal("unexpected result")
		}
	}
}
