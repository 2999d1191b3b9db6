package analysis

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"filippo.io/age"

	"github.com/secrets-lsp/secrets-lsp/internal/testenv"
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
	testenv.GCPercent(b, GCPercent) // as the binaries analyse
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

// BenchmarkSopsYAML writes the .sops.yaml of the policy BenchmarkAnalyzeFull
// analyses (10,000 rules), as Result.SopsYAML does on first use: what
// --check and the regenerate command pay on top of the analysis.
func BenchmarkSopsYAML(b *testing.B) {
	testenv.GCPercent(b, GCPercent) // as the binaries analyse
	res := Analyze(benchPolicy(b, 200, 50, 20), Options{Dir: "."})
	if !res.SopsYAMLKnown {
		b.Fatal("sops.yaml unknown")
	}
	runtime.GC()
	b.ResetTimer()
	start := processCPU()
	for i := 0; i < b.N; i++ {
		b.SetBytes(int64(len(sopsYAML(res.Policy))))
	}
	reportCPU(b, start)
}

// snapshotFS is a file system like the language server's snapshots: it
// hands out one indexed token.File per file version (eval.FileReader),
// safe for concurrent use (the analysis parses ahead on other goroutines).
type snapshotFS struct {
	fstest.MapFS
	files *fileCache
}

// fileCache is the token.File of every file version, shared by snapshots.
type fileCache struct {
	mu    sync.Mutex
	files map[*fstest.MapFile]*token.File
}

func (s snapshotFS) File(p string) (*token.File, error) {
	f, ok := s.MapFS[p]
	if !ok {
		return nil, fs.ErrNotExist
	}
	s.files.mu.Lock()
	defer s.files.mu.Unlock()
	if tf := s.files.files[f]; tf != nil {
		return tf, nil
	}
	tf := token.NewFile(p, f.Data)
	s.files.files[f] = tf
	return tf, nil
}

// BenchmarkAnalyzeIncremental analyses the same policy again after one
// group's file changed (its secrets select other targets), as the language
// server does after an edit (files from a snapshot, .sops.yaml generated
// on demand).
func BenchmarkAnalyzeIncremental(b *testing.B) {
	testenv.GCPercent(b, GCPercent) // as the binaries analyse
	fsys := benchPolicy(b, 200, 50, 20)
	files := &fileCache{files: map[*fstest.MapFile]*token.File{}}
	opts := Options{Dir: "."}
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
	testenv.GCPercent(b, GCPercent) // as the binaries analyse
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

// bigOrgRoles are the roles of rw-big-org's hosts and the teams owning them.
var bigOrgRoles = []struct{ role, team string }{
	{"k8s", "platform"}, {"kafka", "data"}, {"keycloak", "identity"}, {"lb", "platform"},
	{"pay-api", "payments"}, {"spark", "data"}, {"vault", "security"},
}

// bigOrg returns testdata/policies/rw-big-org scaled up as
// testdata/realworld/README.md describes: the same modules over a
// hosts.json of envs environments (env00, env01, …) with perRole hosts of
// every role each, every host with a key of its own.
func bigOrg(tb testing.TB, envs, perRole int) fstest.MapFS {
	tb.Helper()
	dir := filepath.Join(goldenDir, "rw-big-org")
	fsys := fstest.MapFS{}
	for _, p := range []string{"flake.nix", "lib.nix", "people.json", "teams/data.nix", "teams/identity.nix",
		"teams/payments.nix", "teams/platform.nix", "teams/security.nix"} {
		data, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil {
			tb.Fatal(err)
		}
		fsys[p] = &fstest.MapFile{Data: data}
	}
	type host struct {
		Age  string `json:"age"`
		Env  string `json:"env"`
		Role string `json:"role"`
		Team string `json:"team"`
	}
	keys := benchKeys(tb, envs*perRole*len(bigOrgRoles))
	hosts := map[string]host{}
	for e := 0; e < envs; e++ {
		env := fmt.Sprintf("env%02d", e)
		for _, r := range bigOrgRoles {
			for i := 1; i <= perRole; i++ {
				hosts[fmt.Sprintf("%s-%s-%d", env, r.role, i)] = host{keys[len(hosts)], env, r.role, r.team}
			}
		}
	}
	data, err := json.MarshalIndent(hosts, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	fsys["hosts.json"] = &fstest.MapFile{Data: data}
	return fsys
}

// bigOrgSecrets is how many secrets bigOrg's policy has: per environment
// (none of them prod-*), 26 (services and team tokens), plus 3 org-wide.
func bigOrgSecrets(envs int) int { return 26*envs + 3 }

// TestBigOrgScaled checks that a heavily computed policy (2016 hosts built
// by map, genAttrs and filterAttrs over JSON) is evaluated completely:
// every secret and rule known, nothing left out for lack of budget.
func TestBigOrgScaled(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("a large policy, slow under -race and -short")
	}
	res := Analyze(bigOrg(t, 24, 12), Options{Dir: "."})
	checkComplete(t, res, 24+1, bigOrgSecrets(24))
}

// checkComplete fails unless res is an error-free policy of the given size
// whose every rule is known.
func checkComplete(tb testing.TB, res *Result, groups, secrets int) {
	tb.Helper()
	n := 0
	for _, g := range res.Policy.Groups {
		n += len(g.Secrets)
	}
	if res.HasErrors() || !res.SopsYAMLKnown || len(res.Policy.Groups) != groups || n != secrets {
		tb.Fatalf("%d groups, %d secrets, sops.yaml known %v; errors:\n%s", len(res.Policy.Groups), n, res.SopsYAMLKnown, diagList(res))
	}
}

// BenchmarkAnalyzeBigOrg analyses rw-big-org scaled to 24 environments of
// 84 hosts (2016 hosts, 627 secrets), from scratch.
func BenchmarkAnalyzeBigOrg(b *testing.B) {
	testenv.GCPercent(b, GCPercent) // as the binaries analyse
	fsys := bigOrg(b, 24, 12)
	runtime.GC()
	b.ResetTimer()
	start := processCPU()
	for i := 0; i < b.N; i++ {
		checkComplete(b, Analyze(fsys, Options{Dir: "."}), 24+1, bigOrgSecrets(24))
	}
	reportCPU(b, start)
}
