package lsp_test

import (
	"bufio"
	"flag"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/internal/testenv"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// The Binary benchmarks drive the real secrets-lsp binary over stdio on the
// generated 10,000-line flake, as an editor would, and report the latency
// of each request as percentiles and the server's peak resident memory:
//
//	go build -o /tmp/secrets-lsp ./cmd/secrets-lsp
//	go test -run XXX -bench Binary -benchtime 100x ./lsp/ -args -secrets-lsp /tmp/secrets-lsp
//
// (scripts/bench-lsp.sh does this, and adds nix-instantiate on the same
// flake for comparison). Without -secrets-lsp they skip.
var binaryPath = flag.String("secrets-lsp", "", "the secrets-lsp binary the Binary benchmarks drive")

// binarySession is the binary serving the generated flake, written to a
// temporary directory, with policy.nix open and diagnosed.
type binarySession struct {
	*lsptest.Client
	cmd   *exec.Cmd
	flake *lsptest.Flake
	file  *token.File
	uri   string
}

func startBinarySession(b *testing.B) *binarySession {
	b.Helper()
	if *binaryPath == "" {
		b.Skip("no -secrets-lsp binary given")
	}
	flake, err := lsptest.GenerateFlake(10000)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	for name, data := range flake.Files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	cmd := exec.Command(*binaryPath)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { stdin.Close(); cmd.Process.Kill(); cmd.Wait() })
	root := "file://" + filepath.ToSlash(dir)
	s := &binarySession{Client: lsptest.NewClient(b, stdin, stdout), cmd: cmd, flake: flake, uri: root + "/" + lsptest.PolicyFile}
	s.file = token.NewFile(lsptest.PolicyFile, []byte(flake.Files[lsptest.PolicyFile]))
	s.Initialize(lsptest.InitializeParams(root))
	s.Open(s.uri, flake.Files[lsptest.PolicyFile])
	if ds := s.AwaitDiagnostics(s.uri, 1); len(ds) != 0 {
		b.Fatalf("the generated flake has diagnostics: %v", ds)
	}
	return s
}

func (s *binarySession) at(off int) protocol.TextDocumentPositionParams {
	l, c := s.file.LSPPosition(token.Pos(off), token.UTF16)
	return protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: protocol.DocumentURI(s.uri)}, Position: protocol.Position{Line: uint32(l), Character: uint32(c)}}
}

// report adds the percentiles of the samples and the server's peak RSS to
// the benchmark's result.
func (s *binarySession) report(b *testing.B, samples []time.Duration) {
	b.StopTimer()
	slices.Sort(samples)
	pct := func(p float64) float64 { // nearest rank
		i := int(math.Ceil(p*float64(len(samples)))) - 1
		return float64(samples[max(0, min(len(samples)-1, i))]) / float64(time.Millisecond)
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(0, "ns/op")
	if rss, err := peakRSS(s.cmd.Process.Pid); err == nil {
		b.ReportMetric(float64(rss)/(1<<20), "peak-RSS-MB")
	} else {
		b.Logf("peak RSS: %v", err)
	}
}

// peakRSS reads a process's peak resident set size (VmHWM) from /proc.
func peakRSS(pid int) (int64, error) {
	f, err := os.Open("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10, err
		}
	}
	return 0, os.ErrNotExist
}

func BenchmarkBinary(b *testing.B) {
	b.Run("edit-to-diagnostics", func(b *testing.B) {
		s := startBinarySession(b)
		target := s.at(s.flake.Targets[len(s.flake.Targets)/2]).Position
		typo := protocol.Range{Start: target, End: target}
		undo := protocol.Range{Start: target, End: protocol.Position{Line: target.Line, Character: target.Character + 1}}
		samples := make([]time.Duration, b.N)
		b.ResetTimer()
		for i := range b.N {
			v := int32(i + 2)
			start := time.Now()
			if i%2 == 0 {
				s.Change(s.uri, v, lsptest.Edit{Range: &typo, Text: "x"})
			} else {
				s.Change(s.uri, v, lsptest.Edit{Range: &undo, Text: ""})
			}
			ds := s.AwaitDiagnostics(s.uri, v)
			samples[i] = time.Since(start)
			if (len(ds) == 0) != (i%2 == 1) {
				b.Fatalf("version %d: %v", v, ds)
			}
		}
		s.report(b, samples)
	})
	b.Run("hover", func(b *testing.B) {
		s := startBinarySession(b)
		samples := make([]time.Duration, b.N)
		b.ResetTimer()
		for i := range b.N {
			var h protocol.Hover
			params := protocol.HoverParams{TextDocumentPositionParams: s.at(s.flake.Secrets[(i*7919)%len(s.flake.Secrets)])}
			start := time.Now()
			err := s.Call(protocol.MethodTextDocumentHover, params, &h)
			samples[i] = time.Since(start)
			if err != nil || !strings.Contains(h.Contents.Value, "_creationRule") {
				b.Fatalf("hover: %v, %v", h, err)
			}
		}
		s.report(b, samples)
	})
	b.Run("completion", func(b *testing.B) {
		s := startBinarySession(b)
		samples := make([]time.Duration, b.N)
		b.ResetTimer()
		for i := range b.N {
			var list protocol.CompletionList
			params := protocol.CompletionParams{TextDocumentPositionParams: s.at(s.flake.Targets[(i*7919)%len(s.flake.Targets)] + 1)}
			start := time.Now()
			err := s.Call(protocol.MethodTextDocumentCompletion, params, &list)
			samples[i] = time.Since(start)
			if err != nil || len(list.Items) != 11 {
				b.Fatalf("completion: %d items, %v", len(list.Items), err)
			}
		}
		s.report(b, samples)
	})
	b.Run("completion-after-edit", func(b *testing.B) {
		s := startBinarySession(b)
		samples := make([]time.Duration, b.N)
		b.ResetTimer()
		for i := range b.N {
			off := s.flake.Targets[(i*7919)%len(s.flake.Targets)]
			at := s.at(off + 1)
			deleted := protocol.Range{Start: at.Position, End: protocol.Position{Line: at.Position.Line, Character: at.Position.Character + 1}}
			typed := protocol.Range{Start: at.Position, End: at.Position}
			v := int32(2*i + 2)
			var list protocol.CompletionList
			start := time.Now()
			s.Change(s.uri, v, lsptest.Edit{Range: &deleted, Text: ""})
			err := s.Call(protocol.MethodTextDocumentCompletion, protocol.CompletionParams{TextDocumentPositionParams: at}, &list)
			samples[i] = time.Since(start)
			if err != nil || len(list.Items) != 11 {
				b.Fatalf("completion: %d items, %v", len(list.Items), err)
			}
			// Put the name back and let the server settle, as a user who
			// reads the list before typing on.
			s.Change(s.uri, v+1, lsptest.Edit{Range: &typed, Text: s.flake.Files[lsptest.PolicyFile][off+1 : off+2]})
			s.AwaitDiagnostics(s.uri, v+1)
			time.Sleep(50 * time.Millisecond)
		}
		s.report(b, samples)
	})
}

// BenchmarkNixEval evaluates the same generated flake's policy and
// .sops.yaml with nix-instantiate --eval --strict --json, through the
// harness of nix/tests, for comparison: what a user has without the
// server. It skips loudly without nix-instantiate or the checkouts.
func BenchmarkNixEval(b *testing.B) {
	nix := testenv.Tool(b, "nix-instantiate")
	lib, parts := testenv.NixpkgsLib(b), testenv.FlakeParts(b)
	flake, err := lsptest.GenerateFlake(10000)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	for name, data := range flake.Files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	repo, err := filepath.Abs("..")
	if err != nil {
		b.Fatal(err)
	}
	expr := `let h = import ` + repo + `/nix/tests/from-checkouts.nix { nixpkgsLib = ` + lib + `; flakeParts = ` + parts + `; }; f = h.callFlake ` + dir + `; in { inherit (f) secrets sopsYaml; }`
	samples := make([]time.Duration, b.N)
	var rss int64
	b.ResetTimer()
	for i := range b.N {
		cmd := exec.Command(nix, "--eval", "--strict", "--json", "--expr", expr)
		cmd.Env = append(os.Environ(), "NIX_REMOTE=dummy://")
		start := time.Now()
		out, err := cmd.Output()
		samples[i] = time.Since(start)
		if err != nil {
			b.Fatalf("nix-instantiate: %v\n%s", err, out)
		}
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = max(rss, ru.Maxrss<<10) // kilobytes on Linux
		}
	}
	b.StopTimer()
	slices.Sort(samples)
	b.ReportMetric(float64(samples[len(samples)/2])/float64(time.Millisecond), "p50-ms")
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(float64(rss)/(1<<20), "peak-RSS-MB")
}
