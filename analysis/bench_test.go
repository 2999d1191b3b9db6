package analysis

import (
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

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
		fsys["secrets/"+name+".nix"] = &fstest.MapFile{Data: []byte(benchGroup(name, benchKeys(tb, recipients), secrets, 0))}
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

// benchKeys returns n new age recipients.
func benchKeys(tb testing.TB, n int) []string {
	out := make([]string, n)
	for i := range out {
		id, err := age.GenerateX25519Identity()
		if err != nil {
			tb.Fatal(err)
		}
		out[i] = id.Recipient().String()
	}
	return out
}

// groupKeys reads back the keys of a group file written by benchGroup.
func groupKeys(data []byte) []string {
	var out []string
	for _, f := range strings.Split(string(data), `age = "`)[1:] {
		out = append(out, f[:strings.IndexByte(f, '"')])
	}
	return out
}

// benchGroup writes one group's module, one recipient per key; variant
// changes which targets the secrets select.
func benchGroup(name string, keys []string, secrets, variant int) string {
	var b strings.Builder
	recipients := len(keys)
	admins := recipients / 4
	b.WriteString("{ lib, ... }:\n{\n  flake.secrets." + name + " = {\n    recipients.admins = [\n")
	for i := 0; i < admins; i++ {
		fmt.Fprintf(&b, "      { name = \"admin%d\"; age = %q; }\n", i, keys[i])
	}
	b.WriteString("    ];\n    recipients.targets = [\n")
	for i := admins; i < recipients; i++ {
		fmt.Fprintf(&b, "      { name = \"host%d\"; age = %q; }\n", i, keys[i])
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
	runtime.GC()
	b.ResetTimer()
	start := processCPU()
	for i := 0; i < b.N; i++ {
		res := Analyze(fsys, Options{Dir: "."})
		if res.HasErrors() || !res.SopsYAMLKnown {
			b.Fatal("unexpected result")
		}
	}
	reportCPU(b, start)
}

// processCPU is the CPU time the process used so far (garbage collection
// included): on a shared machine, a steadier measure than wall time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(processCPU()-start)/float64(b.N)/1e6, "cpu-ms/op")
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
// group's file changed (its secrets select other targets), as the language
// server does after an edit (files from a snapshot, .sops.yaml generated
// on demand).
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
		v["secrets/g100.nix"] = &fstest.MapFile{Data: []byte(benchGroup("g100", groupKeys(fsys["secrets/g100.nix"].Data), 50, i+1))}
		versions[i] = snapshotFS{v, files}
	}
	runtime.GC()
	b.ResetTimer()
	start := processCPU()
	for i := 0; i < b.N; i++ {
		res := a.Analyze(versions[i%2], opts)
		if res.HasErrors() || !res.SopsYAMLKnown {
			b.Fatal("unexpected result")
		}
	}
	reportCPU(b, start)
}

// BenchmarkAnalyzeTeamFlake analyses a team's flake as it is written
// (testdata/policies/dev-staging-prod: three groups, keys.nix, a module),
// from scratch.
func BenchmarkAnalyzeTeamFlake(b *testing.B) {
	fsys := os.DirFS(goldenDir + "/dev-staging-prod")
	runtime.GC()
	b.ResetTimer()
	start := processCPU()
	for i := 0; i < b.N; i++ {
		if res := Analyze(fsys, Options{Dir: "."}); res.HasErrors() {
			b.Fatal("unexpected errors")
		}
	}
	reportCPU(b, start)
}
