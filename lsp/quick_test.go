package lsp_test

import (
	"reflect"
	"testing"
	"testing/fstest"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// TestTypingNames types in target names of a generated policy, as the
// quick diagnostics answer them, and checks every publication against a
// server that opens each version afresh.
func TestTypingNames(t *testing.T) {
	flake, err := lsptest.GenerateFlake(200)
	if err != nil {
		t.Fatal(err)
	}
	disk := fstest.MapFS{}
	for name, data := range flake.Files {
		disk[name] = &fstest.MapFile{Data: []byte(data)}
	}
	uri := wsURI + "/" + lsptest.PolicyFile
	text := flake.Files[lsptest.PolicyFile]
	s := startPolicy(t, disk, lsptest.InitializeParams(wsURI))
	s.Open(uri, text)
	if ds := s.AwaitDiagnostics(uri, 1); len(ds) != 0 {
		t.Fatalf("diagnostics of the generated policy: %v", ds)
	}
	// Each step inserts at the start of a target's name: typos, a name
	// of the group's admins, a name typed back.
	for i, edit := range []struct {
		target int
		text   string
	}{{3, "x"}, {3, "y"}, {5, "h"}, {3, "p"}, {9, "*"}} {
		at := flake.Targets[edit.target]
		for _, e := range []int{0, 1} { // a version per target, then the text back
			v := int32(2*i + e + 2)
			f := token.NewFile(lsptest.PolicyFile, []byte(text))
			l, c := f.LSPPosition(token.Pos(at), token.UTF16)
			pos := protocol.Position{Line: uint32(l), Character: uint32(c)}
			if e == 0 {
				s.Change(uri, v, lsptest.Edit{Range: &protocol.Range{Start: pos, End: pos}, Text: edit.text})
				text = text[:at] + edit.text + text[at:]
			} else {
				end := protocol.Position{Line: pos.Line, Character: pos.Character + uint32(len(edit.text))}
				s.Change(uri, v, lsptest.Edit{Range: &protocol.Range{Start: pos, End: end}})
				text = text[:at] + text[at+len(edit.text):]
			}
			got := s.AwaitDiagnostics(uri, v)
			fresh := startPolicy(t, disk, lsptest.InitializeParams(wsURI))
			fresh.Open(uri, text)
			want := fresh.AwaitDiagnostics(uri, 1)
			fresh.Shutdown()
			if !reflect.DeepEqual(got, want) {
				t.Errorf("version %d (%q at target %d):\n got %+v\nwant %+v", v, edit.text, edit.target, got, want)
			}
			if (len(got) == 0) != (e == 1) {
				t.Errorf("version %d: %d diagnostics", v, len(got))
			}
		}
	}
	// Every publication since, quick or not, is the one of a fresh server.
	var hover protocol.Hover
	if err := s.Call(protocol.MethodTextDocumentHover, protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: protocol.DocumentURI(uri)}, Position: protocol.Position{Line: 10}}}, &hover); err != nil {
		t.Fatal(err)
	}
	for _, p := range s.Diagnostics(uri) {
		if p.Version > 1 && (len(p.Diagnostics) == 0) != (p.Version%2 == 1) {
			t.Errorf("version %d published %v", p.Version, p.Diagnostics)
		}
	}
	s.Shutdown()
}
