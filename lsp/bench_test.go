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

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/internal/testenv"
	"github.com/secrets-lsp/secrets-lsp/lsp"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// The benchmarks run on the generated flake with a 10,000-line policy file
// (lsptest.GenerateFlake), each request as an editor sends it, and report
// the latency percentiles. BenchmarkEditToDiagnostics and the others serve
// in-process (for pprof); BenchmarkBinary drives the real binary over stdio
// and adds its peak resident memory:
//
//	go build -o /tmp/secrets-lsp ./cmd/secrets-lsp
//	go test -run XXX -bench Binary -benchtime 100x ./lsp/ -args -secrets-lsp /tmp/secrets-lsp
//
// (scripts/bench-lsp.sh does this, and adds nix-instantiate on the same
// flake for comparison). Without -secrets-lsp BenchmarkBinary skips.
var binaryPath = flag.String("secrets-lsp", "", "the secrets-lsp binary BenchmarkBinary drives")

// benchSession is a server with the generated flake's policy.nix open and
// its first diagnostics received.
type benchSession struct {
	*lsptest.Client
	flake *lsptest.Flake
	file  *token.File // policy.nix as opened
	uri   string
	pid   int // of the binary; 0 in-process
}

// generate writes the generated flake to a temporary directory.
func generate(b *testing.B) (*lsptest.Flake, string) {
	b.Helper()
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
	return flake, dir
}

// open initializes the session and opens policy.nix.
func (s *benchSession) open(b *testing.B, root string) {
	b.Helper()
	s.uri = root + "/" + lsptest.PolicyFile
	s.file = token.NewFile(lsptest.PolicyFile, []byte(s.flake.Files[lsptest.PolicyFile]))
	// As VS Code: completion items come without their documentation,
	// resolved when shown (Neovim's omnifunc gets it in the list).
	s.Initialize(lsptest.WithResolveSupport(lsptest.InitializeParams(root), lsptest.VSCodeResolveSupport))
	s.Open(s.uri, s.flake.Files[lsptest.PolicyFile])
	if ds := s.AwaitDiagnostics(s.uri, 1); len(ds) != 0 {
		b.Fatalf("the generated flake has diagnostics: %v", ds)
	}
}

func startInProcess(b *testing.B) *benchSession {
	testenv.GCPercent(b, analysis.GCPercent) // as the binary does
	flake, dir := generate(b)
	srv := lsptest.Start(b, lsp.Options{Root: dir, Providers: lsp.DefaultProviders()})
	s := &benchSession{Client: srv.Client, flake: flake}
	s.open(b, "file://"+filepath.ToSlash(dir))
	return s
}

func startBinary(b *testing.B) *benchSession {
	if *binaryPath == "" {
		b.Skip("no -secrets-lsp binary given")
	}
	flake, dir := generate(b)
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
	s := &benchSession{Client: lsptest.NewClient(b, stdin, stdout), flake: flake, pid: cmd.Process.Pid}
	s.open(b, "file://"+filepath.ToSlash(dir))
	return s
}

// at returns the request position of an offset of policy.nix.
func (s *benchSession) at(off int) protocol.TextDocumentPositionParams {
	l, c := s.file.LSPPosition(token.Pos(off), token.UTF16)
	return protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: protocol.DocumentURI(s.uri)}, Position: protocol.Position{Line: uint32(l), Character: uint32(c)}}
}

// measure runs one sample per iteration: do returns how long the measured
// part took. It reports the percentiles, and the binary's peak RSS.
func (s *benchSession) measure(b *testing.B, do func(i int) time.Duration) {
	samples := make([]time.Duration, b.N)
	cpu0, _ := cpuTime(s.pid)
	b.ResetTimer()
	for i := range b.N {
		samples[i] = do(i)
	}
	b.StopTimer()
	slices.Sort(samples)
	pct := func(p float64) float64 { // nearest rank
		i := int(math.Ceil(p*float64(len(samples)))) - 1
		return float64(samples[max(0, min(len(samples)-1, i))]) / float64(time.Millisecond)
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(0, "ns/op")
	if s.pid == 0 {
		return
	}
	// On a shared machine the server's CPU time is steadier than latency.
	if cpu, err := cpuTime(s.pid); err == nil {
		b.ReportMetric(float64(cpu-cpu0)/float64(time.Millisecond)/float64(b.N), "server-cpu-ms/op")
	}
	if rss, err := peakRSS(s.pid); err == nil {
		b.ReportMetric(float64(rss)/(1<<20), "peak-RSS-MB")
	} else {
		b.Logf("peak RSS: %v", err)
	}
}

// cpuTime reads the user and system CPU time a process used so far from
// /proc (in clock ticks, 100 per second on Linux).
func cpuTime(pid int) (time.Duration, error) {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, err
	}
	// Fields after the command name (which may hold spaces): state is
	// the first, utime the 12th, stime the 13th.
	f := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+1:]))
	if len(f) < 13 {
		return 0, os.ErrInvalid
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, os.ErrInvalid
	}
	return time.Duration(utime+stime) * 10 * time.Millisecond, nil
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

// editToDiagnostics: one edit until the client has the diagnostics of that
// version. The edit alternately misspells and mends a target name in the
// middle of the file, so that every publication changes.
func editToDiagnostics(b *testing.B, s *benchSession) {
	s.alternateEdits(b, s.flake.Targets[len(s.flake.Targets)/2], "x", func(misspelt bool, ds []protocol.Diagnostic) bool {
		return misspelt == (len(ds) > 0)
	})
}

// spaceToDiagnostics: the same with a space typed before a secret's name,
// then removed: an edit between tokens, answered from the previous
// analysis with its diagnostics moved (analysis.Result.Reselect).
func spaceToDiagnostics(b *testing.B, s *benchSession) {
	s.alternateEdits(b, s.flake.Secrets[len(s.flake.Secrets)/2], " ", func(_ bool, ds []protocol.Diagnostic) bool {
		return len(ds) == 0
	})
}

// lineBreakToDiagnostics: the same with a line break before a secret's
// name.
func lineBreakToDiagnostics(b *testing.B, s *benchSession) {
	s.alternateEdits(b, s.flake.Secrets[len(s.flake.Secrets)/2], "\n", func(_ bool, ds []protocol.Diagnostic) bool {
		return len(ds) == 0
	})
}

// structureToDiagnostics: a new element in a secret's targets ("*" before
// a name, then its removal), answered from the previous analysis with the
// secret checked again: the inserted "*" beside names is a warning.
func structureToDiagnostics(b *testing.B, s *benchSession) {
	s.alternateEdits(b, s.flake.Targets[len(s.flake.Targets)/2]-1, `"*" `, func(inserted bool, ds []protocol.Diagnostic) bool {
		return inserted == (len(ds) == 1)
	})
}

// newSecretToDiagnostics: a new secret before one in the middle of the
// file, then its removal, answered from the previous analysis with the
// secrets of the group that changed built again (analysis.Result.Reselect).
func newSecretToDiagnostics(b *testing.B, s *benchSession) {
	s.alternateEdits(b, s.flake.Secrets[len(s.flake.Secrets)/2], "added = { };\n        ", func(_ bool, ds []protocol.Diagnostic) bool {
		return len(ds) == 0
	})
}

// pastedLineToDiagnostics: the same with a secret's line pasted, which
// selects a target of the group.
func pastedLineToDiagnostics(b *testing.B, s *benchSession) {
	at := s.flake.Targets[len(s.flake.Targets)/2]
	src := s.flake.Files[lsptest.PolicyFile]
	target := src[at : at+strings.IndexByte(src[at:], '"')]
	line := `s999.targets = [ "` + target + `" ];` + "\n        "
	s.alternateEdits(b, s.flake.Secrets[len(s.flake.Secrets)/2], line, func(_ bool, ds []protocol.Diagnostic) bool {
		return len(ds) == 0
	})
}

// keyChangedToDiagnostics: a character typed into a recipient's key in
// the group whose recipients are written literally (the key no longer
// decodes: an error), then removed, answered from the previous analysis
// with that group built again (analysis.Result.Reselect).
func keyChangedToDiagnostics(b *testing.B, s *benchSession) {
	s.alternateEdits(b, s.flake.InlineKeys[len(s.flake.InlineKeys)/2]+20, "x", func(inserted bool, ds []protocol.Diagnostic) bool {
		return inserted == (len(ds) == 1)
	})
}

// recipientAddedToDiagnostics: a target with its key added to that
// group's recipients, then removed.
func recipientAddedToDiagnostics(b *testing.B, s *benchSession) {
	s.alternateEdits(b, s.flake.InlineTargets, s.inlineRecipient("h39")+" ", func(_ bool, ds []protocol.Diagnostic) bool {
		return len(ds) == 0
	})
}

// adminAddedToDiagnostics: an admin with its key added to that group's
// recipients, then removed.
func adminAddedToDiagnostics(b *testing.B, s *benchSession) {
	s.alternateEdits(b, s.flake.InlineAdmins, s.inlineRecipient("p7")+" ", func(_ bool, ds []protocol.Diagnostic) bool {
		return len(ds) == 0
	})
}

// personAddedToDiagnostics: a person added to the admins a group in the
// middle of the file computes (map person [ … ], keys from keys.nix),
// then removed, answered from the previous analysis with that group
// evaluated and built again (analysis.Result.Reselect).
func personAddedToDiagnostics(b *testing.B, s *benchSession) {
	s.alternateEdits(b, s.after(s.flake.Secrets[len(s.flake.Secrets)/2], "map person ["), ` "p7"`, func(_ bool, ds []protocol.Diagnostic) bool {
		return len(ds) == 0
	})
}

// hostAddedToDiagnostics: the same with a host added to the targets the
// group maps (map host [ … ]).
func hostAddedToDiagnostics(b *testing.B, s *benchSession) {
	s.alternateEdits(b, s.after(s.flake.Secrets[len(s.flake.Secrets)/2], "map host [ "), `"h39" `, func(_ bool, ds []protocol.Diagnostic) bool {
		return len(ds) == 0
	})
}

// after returns the offset of policy.nix just after the first text at
// or after off.
func (s *benchSession) after(off int, text string) int {
	src := s.flake.Files[lsptest.PolicyFile]
	return off + strings.Index(src[off:], text) + len(text)
}

// inlineRecipient is a recipient called name written as the group with
// literal recipients writes them, with the key of keys.nix.
func (s *benchSession) inlineRecipient(name string) string {
	keys := s.flake.Files["keys.nix"]
	at := strings.Index(keys, " "+name+" = \"") + len(name) + 5
	return `{ name = "` + name + `"; age = "` + keys[at:at+strings.IndexByte(keys[at:], '"')] + `"; }`
}

// openStringToDiagnostics: a quote typed before a target name (the string
// left open is a syntax error until it closes), then removed.
func openStringToDiagnostics(b *testing.B, s *benchSession) {
	s.alternateEdits(b, s.flake.Targets[len(s.flake.Targets)/2], `"h`, func(inserted bool, ds []protocol.Diagnostic) bool {
		return inserted == (len(ds) > 0)
	})
}

// openStringElsewhere: the same, the quote typed before one target name
// and then before another, in turn: each broken text is new, so each
// such keystroke is parsed (the analyser's loader recognises the broken
// text of two keystrokes before, which openStringToDiagnostics repeats).
func openStringElsewhere(b *testing.B, s *benchSession) {
	mid := len(s.flake.Targets) / 2
	at := []protocol.Position{s.at(s.flake.Targets[mid]).Position, s.at(s.flake.Targets[mid+1]).Position}
	s.measure(b, func(i int) time.Duration {
		v := int32(i + 2)
		p := at[i/2%2]
		edit := lsptest.Edit{Range: &protocol.Range{Start: p, End: p}, Text: `"h`}
		if i%2 == 1 {
			edit = lsptest.Edit{Range: &protocol.Range{Start: p, End: protocol.Position{Line: p.Line, Character: p.Character + 2}}}
		}
		start := time.Now()
		s.Change(s.uri, v, edit)
		ds := s.AwaitDiagnostics(s.uri, v)
		took := time.Since(start)
		if (i%2 == 0) != (len(ds) > 0) {
			b.Fatalf("version %d: %v", v, ds)
		}
		return took
	})
}

// typingQuotedName: a target name typed at the end of a list, key by key,
// without an editor that closes quotes (`"`, `h`, `1`, `"`: the first three
// leave a string open, the fourth mends it), then removed in one edit. A
// key every 150 ms, as a user types: the full analysis of each version
// starts in between (after 100 ms without a change).
func typingQuotedName(b *testing.B, s *benchSession) {
	src := s.flake.Files[lsptest.PolicyFile]
	off := s.flake.Targets[len(s.flake.Targets)/2]
	off += strings.IndexByte(src[off:], ']') // after the space before it
	at := s.at(off).Position
	keys := []string{`"`, "h", "1", `"`}
	s.measure(b, func(i int) time.Duration {
		v := int32(i + 2)
		k := i % (len(keys) + 1)
		edit := lsptest.Edit{Range: &protocol.Range{Start: protocol.Position{Line: at.Line, Character: at.Character + uint32(k)}, End: protocol.Position{Line: at.Line, Character: at.Character + uint32(k)}}}
		if k < len(keys) {
			edit.Text = keys[k]
		} else {
			edit.Range.Start = at
		}
		start := time.Now()
		s.Change(s.uri, v, edit)
		ds := s.AwaitDiagnostics(s.uri, v)
		took := time.Since(start)
		broken := slices.ContainsFunc(ds, func(d protocol.Diagnostic) bool { return strings.HasPrefix(d.Message, "syntax error") })
		if broken != (k < len(keys)-1) || k == len(keys) && len(ds) != 0 {
			b.Fatalf("version %d (key %d): %v", v, k, ds)
		}
		time.Sleep(150*time.Millisecond - took)
		return took
	})
}

// alternateEdits measures edits that alternately insert text at offset off
// of policy.nix and remove it, each until the client has the diagnostics
// of its version; ok checks them.
func (s *benchSession) alternateEdits(b *testing.B, off int, text string, ok func(inserted bool, ds []protocol.Diagnostic) bool) {
	at := s.at(off).Position
	insert := protocol.Range{Start: at, End: at}
	end := protocol.Position{Line: at.Line, Character: at.Character + uint32(len(text))}
	if i := strings.LastIndexByte(text, '\n'); i >= 0 {
		end = protocol.Position{Line: at.Line + uint32(strings.Count(text, "\n")), Character: uint32(len(text) - i - 1)}
	}
	remove := protocol.Range{Start: at, End: end}
	s.measure(b, func(i int) time.Duration {
		v := int32(i + 2)
		edit := lsptest.Edit{Range: &insert, Text: text}
		if i%2 == 1 {
			edit = lsptest.Edit{Range: &remove}
		}
		start := time.Now()
		s.Change(s.uri, v, edit)
		ds := s.AwaitDiagnostics(s.uri, v)
		took := time.Since(start)
		if !ok(i%2 == 0, ds) {
			b.Fatalf("version %d: %v", v, ds)
		}
		return took
	})
}

// hover: secrets all over the settled file.
func hover(b *testing.B, s *benchSession) {
	s.measure(b, func(i int) time.Duration {
		var h protocol.Hover
		params := protocol.HoverParams{TextDocumentPositionParams: s.at(s.flake.Secrets[(i*7919)%len(s.flake.Secrets)])}
		start := time.Now()
		err := s.Call(protocol.MethodTextDocumentHover, params, &h)
		took := time.Since(start)
		if err != nil || !strings.Contains(h.Contents.Value, "_creationRule") {
			b.Fatalf("hover: %v, %v", h, err)
		}
		return took
	})
}

// complete asks for completion at a target name and checks the group's ten
// targets and "*" come back.
func (s *benchSession) complete(b *testing.B, at protocol.TextDocumentPositionParams) {
	var list protocol.CompletionList
	if err := s.Call(protocol.MethodTextDocumentCompletion, protocol.CompletionParams{TextDocumentPositionParams: at}, &list); err != nil || len(list.Items) != 11 {
		b.Fatalf("completion: %d items, %v", len(list.Items), err)
	}
}

// completion: target names all over the settled file.
func completion(b *testing.B, s *benchSession) {
	s.measure(b, func(i int) time.Duration {
		at := s.at(s.flake.Targets[(i*7919)%len(s.flake.Targets)] + 1)
		start := time.Now()
		s.complete(b, at)
		return time.Since(start)
	})
}

// completionAfterEdit: a one-character edit at the cursor (a target name
// one character shorter) and the completion at once, as an editor asks for
// it while the user types. The name is then put back and its diagnostics
// awaited, outside the measure: a user who reads the list before typing on.
func completionAfterEdit(b *testing.B, s *benchSession) {
	s.measure(b, func(i int) time.Duration {
		off := s.flake.Targets[(i*7919)%len(s.flake.Targets)]
		at := s.at(off + 1)
		deleted := protocol.Range{Start: at.Position, End: protocol.Position{Line: at.Position.Line, Character: at.Position.Character + 1}}
		typed := protocol.Range{Start: at.Position, End: at.Position}
		v := int32(2*i + 2)
		start := time.Now()
		s.Change(s.uri, v, lsptest.Edit{Range: &deleted, Text: ""})
		s.complete(b, at)
		took := time.Since(start)
		s.Change(s.uri, v+1, lsptest.Edit{Range: &typed, Text: s.flake.Files[lsptest.PolicyFile][off+1 : off+2]})
		s.AwaitDiagnostics(s.uri, v+1)
		time.Sleep(50 * time.Millisecond)
		return took
	})
}

func BenchmarkEditToDiagnostics(b *testing.B)       { editToDiagnostics(b, startInProcess(b)) }
func BenchmarkSpaceToDiagnostics(b *testing.B)      { spaceToDiagnostics(b, startInProcess(b)) }
func BenchmarkLineBreakToDiagnostics(b *testing.B)  { lineBreakToDiagnostics(b, startInProcess(b)) }
func BenchmarkStructureToDiagnostics(b *testing.B)  { structureToDiagnostics(b, startInProcess(b)) }
func BenchmarkNewSecretToDiagnostics(b *testing.B)  { newSecretToDiagnostics(b, startInProcess(b)) }
func BenchmarkOpenStringToDiagnostics(b *testing.B) { openStringToDiagnostics(b, startInProcess(b)) }
func BenchmarkOpenStringElsewhere(b *testing.B)     { openStringElsewhere(b, startInProcess(b)) }
func BenchmarkKeyChangedToDiagnostics(b *testing.B) { keyChangedToDiagnostics(b, startInProcess(b)) }
func BenchmarkRecipientAddedToDiagnostics(b *testing.B) {
	recipientAddedToDiagnostics(b, startInProcess(b))
}
func BenchmarkAdminAddedToDiagnostics(b *testing.B) { adminAddedToDiagnostics(b, startInProcess(b)) }
func BenchmarkPersonAddedToDiagnostics(b *testing.B) {
	personAddedToDiagnostics(b, startInProcess(b))
}
func BenchmarkHostAddedToDiagnostics(b *testing.B)  { hostAddedToDiagnostics(b, startInProcess(b)) }
func BenchmarkTypingQuotedName(b *testing.B)        { typingQuotedName(b, startInProcess(b)) }
func BenchmarkPastedLineToDiagnostics(b *testing.B) { pastedLineToDiagnostics(b, startInProcess(b)) }
func BenchmarkHover(b *testing.B)                   { hover(b, startInProcess(b)) }
func BenchmarkCompletion(b *testing.B)              { completion(b, startInProcess(b)) }
func BenchmarkCompletionAfterEdit(b *testing.B)     { completionAfterEdit(b, startInProcess(b)) }

func BenchmarkBinary(b *testing.B) {
	for _, bm := range []struct {
		name string
		run  func(*testing.B, *benchSession)
	}{
		{"edit-to-diagnostics", editToDiagnostics},
		{"space-to-diagnostics", spaceToDiagnostics},
		{"line-break-to-diagnostics", lineBreakToDiagnostics},
		{"structure-to-diagnostics", structureToDiagnostics},
		{"new-secret-to-diagnostics", newSecretToDiagnostics},
		{"pasted-line-to-diagnostics", pastedLineToDiagnostics},
		{"open-string-to-diagnostics", openStringToDiagnostics},
		{"open-string-elsewhere-to-diagnostics", openStringElsewhere},
		{"key-changed-to-diagnostics", keyChangedToDiagnostics},
		{"recipient-added-to-diagnostics", recipientAddedToDiagnostics},
		{"admin-added-to-diagnostics", adminAddedToDiagnostics},
		{"person-added-to-diagnostics", personAddedToDiagnostics},
		{"host-added-to-diagnostics", hostAddedToDiagnostics},
		{"typing-quoted-name", typingQuotedName},
		{"hover", hover},
		{"completion", completion},
		{"completion-after-edit", completionAfterEdit},
	} {
		b.Run(bm.name, func(b *testing.B) { bm.run(b, startBinary(b)) })
	}
}

// BenchmarkNixEval evaluates the same generated flake's policy and
// .sops.yaml with nix-instantiate --eval --strict --json, through the
// harness of nix/tests, for comparison: what a user has without the
// server. It skips loudly without nix-instantiate or the checkouts.
func BenchmarkNixEval(b *testing.B) {
	nix := testenv.Tool(b, "nix-instantiate")
	lib, parts := testenv.NixpkgsLib(b), testenv.FlakeParts(b)
	_, dir := generate(b)
	repo, err := filepath.Abs("..")
	if err != nil {
		b.Fatal(err)
	}
	expr := `let h = import ` + repo + `/nix/tests/from-checkouts.nix { nixpkgsLib = ` + lib + `; flakeParts = ` + parts + `; }; f = h.callFlake ` + dir + `; in { inherit (f) secrets sopsYaml; }`
	s := &benchSession{}
	var rss int64
	s.measure(b, func(int) time.Duration {
		cmd := exec.Command(nix, "--eval", "--strict", "--json", "--expr", expr)
		cmd.Env = append(os.Environ(), "NIX_REMOTE=dummy://")
		start := time.Now()
		out, err := cmd.Output()
		took := time.Since(start)
		if err != nil {
			b.Fatalf("nix-instantiate: %v\n%s", err, out)
		}
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = max(rss, ru.Maxrss<<10) // kilobytes on Linux
		}
		return took
	})
	b.ReportMetric(float64(rss)/(1<<20), "peak-RSS-MB")
}
