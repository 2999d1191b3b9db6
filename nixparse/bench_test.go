package nixparse_test

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/secrets-lsp/secrets-lsp/nixparse"
	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/printer"
)

type benchFile struct {
	name string
	src  []byte
}

// benchInputs reads the .nix files under $NIXPARSE_BENCH (a large corpus,
// e.g. a nixpkgs checkout), or the test inputs.
func benchInputs(b *testing.B) ([]benchFile, int64) {
	dir := os.Getenv("NIXPARSE_BENCH")
	if dir == "" {
		dir = testdata
	}
	var files []benchFile
	var size int64
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".nix") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err == nil {
			files = append(files, benchFile{p, src})
			size += int64(len(src))
		}
		return nil
	})
	if len(files) == 0 {
		b.Fatalf("no .nix files under %s", dir)
	}
	return files, size
}

// reportCPU reports the process's CPU time per run since start (GC
// included) and the throughput it gives: with GOMAXPROCS=1 on a busy
// machine, a steadier figure than wall time.
func reportCPU(b *testing.B, start time.Duration, size int64) {
	if cpu := cpuTime() - start; cpu > 0 {
		perOp := float64(cpu.Nanoseconds()) / float64(b.N)
		b.ReportMetric(perOp, "cpu-ns/op")
		b.ReportMetric(float64(size)/perOp*1e3, "cpu-MB/s")
	}
}

// BenchmarkParse measures parsing alone: throughput, and allocation per
// byte of source (alloc/src).
func BenchmarkParse(b *testing.B) {
	files, size := benchInputs(b)
	benchParse(b, files, size)
}

// BenchmarkParsePolicy parses the kind of input the analysis reads most:
// 200 policy modules (as in analysis.BenchmarkAnalyzeFull), each a group
// of 20 recipients and 50 secrets written with attribute paths.
func BenchmarkParsePolicy(b *testing.B) {
	var files []benchFile
	var size int64
	for g := range 200 {
		src := policyModule(g, 20, 50)
		files = append(files, benchFile{fmt.Sprintf("secrets/g%03d.nix", g), src})
		size += int64(len(src))
	}
	benchParse(b, files, size)
}

// policyModule writes a group module: recipients as a list of sets, each
// secret's targets and some admins as paths into secret.<name>.
func policyModule(group, recipients, secrets int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "{ lib, ... }:\n{\n  flake.secrets.g%03d = {\n    recipients.targets = [\n", group)
	for r := range recipients {
		fmt.Fprintf(&b, "      { name = \"host%d\"; age = \"age1%058x\"; }\n", r, r*7919+group)
	}
	b.WriteString("    ];\n")
	for s := range secrets {
		fmt.Fprintf(&b, "    secret.s%d.targets = [ \"host%d\" \"host%d\" ];\n", s, s%recipients, (3*s+1)%recipients)
		if s%5 == 0 {
			fmt.Fprintf(&b, "    secret.s%d.admins = [ \"host0\" ];\n", s)
		}
	}
	b.WriteString("  };\n}\n")
	return b.Bytes()
}

// BenchmarkParsePolicyFile parses one 10,000-line policy, the shape of the
// language server's benchmark workspace (lsptest.GenerateFlake): groups of
// 240 secrets in a nested set, written as paths, small sets and lists.
// Every keystroke in such a file reparses it.
func BenchmarkParsePolicyFile(b *testing.B) {
	src := policyFile(10000)
	benchParse(b, []benchFile{{"policy.nix", src}}, int64(len(src)))
}

// policyFile writes a single-file policy of about the given number of
// lines.
func policyFile(lines int) []byte {
	var b bytes.Buffer
	b.WriteString("# Generated.\n{ lib, ... }:\nlet\n  keys = import ./keys.nix;\n" +
		"  host = name: { inherit name; age = keys.hosts.${name}; };\nin\n{\n  flake.secrets = {\n")
	n := 8
	for g := 0; n < lines; g++ {
		fmt.Fprintf(&b, "    g%03d = {\n      recipients.admins = map host [ \"p%d\" \"p%d\" ];\n      recipients.targets = map host [ \"h%d\" \"h%d\" \"h%d\" ];\n      secret = {\n", g, g%4, g%4+1, g, g+1, g+2)
		n += 6
		for s := 0; s < 240 && n < lines; s++ {
			switch s % 4 {
			case 0:
				fmt.Fprintf(&b, "        s%03d.targets = [ \"h%d\" \"h%d\" ];\n", s, g+s%3, g+(s+1)%3)
			case 1:
				fmt.Fprintf(&b, "        s%03d = { admins = [ \"p%d\" ]; targets = [ \"h%d\" ]; };\n", s, g%4, g)
			case 2:
				fmt.Fprintf(&b, "        s%03d.targets = [ \"*\" ];\n", s)
			default:
				fmt.Fprintf(&b, "        s%03d = { file = \"secrets/g%03d/s%03d.json\"; };\n", s, g, s)
			}
			n++
		}
		b.WriteString("      };\n    };\n")
	}
	b.WriteString("  };\n}\n")
	return b.Bytes()
}

func benchParse(b *testing.B, files []benchFile, size int64) {
	b.SetBytes(size)
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := cpuTime()
	for b.Loop() {
		for _, f := range files {
			nixparse.ParseFile(f.name, f.src, 0)
		}
	}
	reportCPU(b, start, size)
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(size), "alloc/src")
}

// BenchmarkDebugParse measures what `secrets-lsp debug parse` does per file:
// parse (reusing the memory of the last tree), check variables, print (into
// a reused buffer).
func BenchmarkDebugParse(b *testing.B) {
	files, size := benchInputs(b)
	b.SetBytes(size)
	b.ReportAllocs()
	cfg := printer.Config{BaseDir: "/base", Home: "/home"}
	var p nixparse.Parser
	var out []byte
	start := cpuTime()
	for b.Loop() {
		for _, f := range files {
			file, errs := p.ParseFile(f.name, f.src, 0)
			if len(errs) == 0 && len(nixparse.CheckVariables(file, nixparse.Nix28)) == 0 {
				out = cfg.Append(out[:0], file.Expr)
			}
		}
	}
	reportCPU(b, start, size)
}

// BenchmarkRetained reports the memory the trees of all inputs keep alive,
// comments included, per byte of source (heap/src).
func BenchmarkRetained(b *testing.B) {
	files, size := benchInputs(b)
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		trees := make([]*ast.File, len(files))
		for i, f := range files {
			trees[i], _ = nixparse.ParseFile(f.name, f.src, nixparse.ParseComments)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(size), "heap/src")
		runtime.KeepAlive(trees)
	}
}
