package check_test

import (
	"encoding/base64"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"filippo.io/age"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/check"
)

var benchRepo = flag.String("bench-repo", "", "TestWriteBenchRepo: write the benchmark repository (10,000 secrets) into this directory")

// Shape of the benchmark repository: 10 groups of 1,000 secrets, each
// readable by the group's 5 admins and 3 of its 100 hosts.
const (
	benchGroups          = 10
	benchSecretsPerGroup = 1000
	benchAdmins          = 5
	benchHosts           = 100
	benchTargetsPerFile  = 3
)

// writeBenchRepo writes a flake whose policy declares benchGroups ×
// benchSecretsPerGroup secrets, its generated .sops.yaml, and one
// encrypted file per secret. Real sops is far too slow for 10,000 files,
// so the files are written directly, byte for byte in the shape sops 3.13
// writes (compare testdata/check/clean/secrets/prod/db.yaml): ENC[…]
// values, then the sops metadata with one age entry per recipient, in the
// rule's order, and random bytes where the ciphertext would be.
func writeBenchRepo(tb testing.TB, dir string) {
	tb.Helper()
	r := rand.New(rand.NewPCG(6, 10000))
	newKey := func() string {
		id, err := age.GenerateX25519Identity()
		if err != nil {
			tb.Fatal(err)
		}
		return id.Recipient().String()
	}
	random := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		return base64.StdEncoding.EncodeToString(b)
	}
	admins := make([]string, benchAdmins)
	for i := range admins {
		admins[i] = newKey()
	}
	var nix strings.Builder
	nix.WriteString("{\n  flake.secrets = {\n")
	type file struct {
		name, group string
		keys        []string
	}
	var files []file
	for g := range benchGroups {
		group := fmt.Sprintf("g%02d", g)
		hosts := make([]string, benchHosts)
		fmt.Fprintf(&nix, "    %s = {\n      recipients.admins = [\n", group)
		for i, k := range admins {
			fmt.Fprintf(&nix, "        { name = \"admin%d\"; age = %q; }\n", i, k)
		}
		nix.WriteString("      ];\n      recipients.targets = [\n")
		for i := range hosts {
			hosts[i] = newKey()
			fmt.Fprintf(&nix, "        { name = \"host%03d\"; age = %q; }\n", i, hosts[i])
		}
		nix.WriteString("      ];\n")
		for s := range benchSecretsPerGroup {
			var names []string
			keys := append([]string(nil), admins...)
			first := r.IntN(benchHosts - benchTargetsPerFile)
			for t := range benchTargetsPerFile {
				names = append(names, fmt.Sprintf("\"host%03d\"", first+t))
				keys = append(keys, hosts[first+t])
			}
			name := fmt.Sprintf("s%04d", s)
			fmt.Fprintf(&nix, "      secret.%s.targets = [ %s ];\n", name, strings.Join(names, " "))
			files = append(files, file{name: name, group: group, keys: keys})
		}
		nix.WriteString("    };\n")
	}
	nix.WriteString("  };\n}\n")
	writeFile(tb, filepath.Join(dir, "flake.nix"), flakeNix)
	writeFile(tb, filepath.Join(dir, "secrets.nix"), nix.String())
	enc := func(n int, typ string) string {
		return fmt.Sprintf("ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:%s]", random(n), random(32), random(16), typ)
	}
	for _, f := range files {
		var b strings.Builder
		fmt.Fprintf(&b, "password: %s\ndatabase:\n    url: %s\nsops:\n    age:\n", enc(24, "str"), enc(60, "str"))
		for _, k := range f.keys {
			b.WriteString("        - enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n")
			blob := random(240)
			for len(blob) > 64 {
				fmt.Fprintf(&b, "            %s\n", blob[:64])
				blob = blob[64:]
			}
			fmt.Fprintf(&b, "            %s\n            -----END AGE ENCRYPTED FILE-----\n          recipient: %s\n", blob, k)
		}
		fmt.Fprintf(&b, "    lastmodified: \"2026-11-28T04:49:51Z\"\n    mac: %s\n    unencrypted_suffix: _unencrypted\n    version: 3.13.2\n", enc(64, "str"))
		writeFile(tb, filepath.Join(dir, "secrets", f.group, f.name+".yaml"), b.String())
	}
	res := analysis.Analyze(os.DirFS(dir), analysis.Options{Dir: ".", FSRoot: dir})
	if !res.SopsYAMLKnown {
		tb.Fatalf("the benchmark policy generates no .sops.yaml: %d diagnostics", len(res.Diagnostics))
	}
	if _, err := check.WriteSopsYAML(dir, []byte(res.SopsYAML())); err != nil {
		tb.Fatal(err)
	}
}

func writeFile(tb testing.TB, name, text string) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// TestWriteBenchRepo writes the benchmark repository for
// scripts/bench-check.sh, which times the secrets-lsp binary on it.
func TestWriteBenchRepo(t *testing.T) {
	if *benchRepo == "" {
		t.Skip("only with -bench-repo DIR (scripts/bench-check.sh)")
	}
	writeBenchRepo(t, *benchRepo)
}

// BenchmarkCheck10k is the whole of --check on 10,000 secrets, as the
// command runs it: the static analysis of the policy, with the files
// parsed meanwhile, and the check of every file. The repository must
// be clean, or the benchmark measures something else.
//
// It reports the CPU time of the process per run (cpu-ms/op), garbage
// collection included, which a loaded machine changes less than the wall
// time, and runs with the command's garbage collector setting.
func BenchmarkCheck10k(b *testing.B) {
	dir := b.TempDir()
	writeBenchRepo(b, dir)
	fsys := os.DirFS(dir)
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	runtime.GC()
	b.ResetTimer()
	start := processCPU()
	for b.Loop() {
		pre := check.StartPrefetch(fsys, ".")
		rep := pre.Run(analysis.Analyze(fsys, analysis.Options{Dir: ".", FSRoot: dir}))
		if len(rep.Findings) != 0 || rep.Files != benchGroups*benchSecretsPerGroup {
			b.Fatalf("%d files, %d findings, first: %v", rep.Files, len(rep.Findings), rep.Findings[0])
		}
	}
	b.ReportMetric(float64(processCPU()-start)/float64(b.N)/1e6, "cpu-ms/op")
}

// processCPU is the CPU time the process used so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
