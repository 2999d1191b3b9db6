package lsp_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// benchSession is a server (in-process) with the generated 10,000-line
// flake open at policy.nix, its first diagnostics received.
type benchSession struct {
	*lsptest.Server
	flake *lsptest.Flake
	file  *token.File // policy.nix as opened
	uri   string
}

func startBench(b *testing.B) *benchSession {
	b.Helper()
	flake, err := lsptest.GenerateFlake(10000)
	if err != nil {
		b.Fatal(err)
	}
	disk := fstest.MapFS{}
	for name, data := range flake.Files {
		disk[name] = &fstest.MapFile{Data: []byte(data)}
	}
	s := lsptest.Start(b, lsp.Options{Root: "/ws", FS: disk, Providers: lsp.DefaultProviders(), DiagnosticsDelay: -1})
	s.Initialize(lsptest.InitializeParams(wsURI))
	bs := &benchSession{Server: s, flake: flake, file: token.NewFile(lsptest.PolicyFile, []byte(flake.Files[lsptest.PolicyFile])), uri: wsURI + "/" + lsptest.PolicyFile}
	s.Open(bs.uri, flake.Files[lsptest.PolicyFile])
	if ds := s.AwaitDiagnostics(bs.uri, 1); len(ds) != 0 {
		b.Fatalf("the generated flake has diagnostics: %v", ds)
	}
	return bs
}

// at returns the request position of an offset of policy.nix.
func (bs *benchSession) at(off int) protocol.TextDocumentPositionParams {
	l, c := bs.file.LSPPosition(token.Pos(off), token.UTF16)
	return protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: protocol.DocumentURI(bs.uri)}, Position: protocol.Position{Line: uint32(l), Character: uint32(c)}}
}

// BenchmarkEditToDiagnostics measures one edit of the 10,000-line policy
// file of a flake until the client has the diagnostics of that version:
// the edit alternately misspells and mends a target name in the middle of
// the file, so that every publication changes.
func BenchmarkEditToDiagnostics(b *testing.B) {
	bs := startBench(b)
	target := bs.at(bs.flake.Targets[len(bs.flake.Targets)/2]).Position
	typo := protocol.Range{Start: target, End: target}
	undo := protocol.Range{Start: target, End: protocol.Position{Line: target.Line, Character: target.Character + 1}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v := int32(i + 2)
		if i%2 == 0 {
			bs.Change(bs.uri, v, lsptest.Edit{Range: &typo, Text: "x"})
		} else {
			bs.Change(bs.uri, v, lsptest.Edit{Range: &undo, Text: ""})
		}
		ds := bs.AwaitDiagnostics(bs.uri, v)
		if (len(ds) == 0) != (i%2 == 1) {
			b.Fatalf("version %d: %v", v, ds)
		}
	}
}

// BenchmarkHover measures a hover round trip on secrets of the settled
// 10,000-line file.
func BenchmarkHover(b *testing.B) {
	bs := startBench(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var h protocol.Hover
		params := protocol.HoverParams{TextDocumentPositionParams: bs.at(bs.flake.Secrets[(i*7919)%len(bs.flake.Secrets)])}
		if err := bs.Call(protocol.MethodTextDocumentHover, params, &h); err != nil || !strings.Contains(h.Contents.Value, "_creationRule") {
			b.Fatalf("hover: %v, %v", h, err)
		}
	}
}

// BenchmarkCompletion measures completion of a target name on the settled
// 10,000-line file.
func BenchmarkCompletion(b *testing.B) {
	bs := startBench(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var list protocol.CompletionList
		params := protocol.CompletionParams{TextDocumentPositionParams: bs.at(bs.flake.Targets[(i*7919)%len(bs.flake.Targets)] + 1)}
		if err := bs.Call(protocol.MethodTextDocumentCompletion, params, &list); err != nil || len(list.Items) != 11 {
			b.Fatalf("completion: %d items, %v", len(list.Items), err)
		}
	}
}

// BenchmarkCompletionAfterEdit measures completion right after an edit at
// the cursor (a target name typed one character shorter), as an editor asks
// for it while the user types; the name is then restored, and its
// diagnostics awaited, outside the timer.
func BenchmarkCompletionAfterEdit(b *testing.B) {
	bs := startBench(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		off := bs.flake.Targets[(i*7919)%len(bs.flake.Targets)]
		at := bs.at(off + 1)
		deleted := protocol.Range{Start: at.Position, End: protocol.Position{Line: at.Position.Line, Character: at.Position.Character + 1}}
		typed := protocol.Range{Start: at.Position, End: at.Position}
		digit := bs.flake.Files[lsptest.PolicyFile][off+1 : off+2]
		v := int32(2*i + 2)
		bs.Change(bs.uri, v, lsptest.Edit{Range: &deleted, Text: ""})
		var list protocol.CompletionList
		if err := bs.Call(protocol.MethodTextDocumentCompletion, protocol.CompletionParams{TextDocumentPositionParams: at}, &list); err != nil || len(list.Items) != 11 {
			b.Fatalf("completion: %d items, %v", len(list.Items), err)
		}
		b.StopTimer()
		bs.Change(bs.uri, v+1, lsptest.Edit{Range: &typed, Text: digit})
		bs.AwaitDiagnostics(bs.uri, v+1)
		b.StartTimer()
	}
}
