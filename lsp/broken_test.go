package lsp_test

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
)

// brokenFlake is a flake whose policy file an editor has open, and another
// module (on disk) with an unknown recipient.
func brokenFlake() (policy string, disk fstest.MapFS) {
	policy = `{
  flake.secrets.prod.recipients.admins = [ { name = "alice"; age = "` + aliceKey + `"; } ];
  flake.secrets.prod.recipients.targets = [ { name = "web1"; age = "` + web1Key + `"; } ];
  flake.secrets.prod.secret.app.targets = [ ];
}
`
	disk = fstest.MapFS{
		"flake.nix":  {Data: []byte(lsptest.FlakeNix("./policy.nix", "./other.nix"))},
		"policy.nix": {Data: []byte(policy)},
		"other.nix":  {Data: []byte(`{ flake.secrets.prod.secret.db.targets = [ "web2" ]; }` + "\n")},
	}
	return policy, disk
}

// TestBrokenKeystroke leaves a binding of an open policy file unfinished:
// as Nix, the server then reports the syntax error alone, at once (from a
// parse) and after the analysis of that version, and clears the other
// file's unknown recipient; the keystroke that mends the file brings it
// back. Every publication is the one of a server that opens that version
// afresh.
func TestBrokenKeystroke(t *testing.T) {
	policy, disk := brokenFlake()
	broken := strings.Replace(policy, "  flake.secrets.prod.recipients.targets", "  x =\n  flake.secrets.prod.recipients.targets", 1)
	uri, other := wsURI+"/policy.nix", wsURI+"/other.nix"
	fresh := func(text string) (mine, others []protocol.Diagnostic) {
		f := startPolicy(t, disk, lsptest.InitializeParams(wsURI))
		defer f.Shutdown()
		f.Open(uri, text)
		mine = f.AwaitDiagnostics(uri, 1)
		return mine, f.LatestDiagnostics(other)
	}
	s := startPolicy(t, disk, lsptest.InitializeParams(wsURI))
	s.Open(uri, policy)
	if ds := s.AwaitDiagnostics(uri, 1); len(ds) != 0 {
		t.Fatalf("diagnostics of the policy: %v", ds)
	}
	_, wantOthers := fresh(policy)
	if len(wantOthers) != 1 || wantOthers[0].Code != "unknown-recipient" {
		t.Fatalf("a fresh server publishes %v for the other file", wantOthers)
	}
	s.Await("the other file's diagnostics", func() bool { return len(s.LatestDiagnostics(other)) > 0 })

	s.Change(uri, 2, lsptest.Edit{Text: broken})
	wantMine, none := fresh(broken)
	if len(wantMine) != 1 || wantMine[0].Code != "syntax-error" || len(none) != 0 {
		t.Fatalf("a fresh server publishes %v for the broken policy and %v for the other file", wantMine, none)
	}
	if got := s.AwaitDiagnostics(uri, 2); !reflect.DeepEqual(got, wantMine) {
		t.Errorf("broken version:\n got %+v\nwant %+v", got, wantMine)
	}
	s.Await("the other file's diagnostics cleared", func() bool { return len(s.LatestDiagnostics(other)) == 0 })

	s.Change(uri, 3, lsptest.Edit{Text: policy})
	if got := s.AwaitDiagnostics(uri, 3); len(got) != 0 {
		t.Errorf("mended version: %v", got)
	}
	s.Await("the other file's diagnostics back", func() bool { return reflect.DeepEqual(s.LatestDiagnostics(other), wantOthers) })
	s.Shutdown()
}

// TestBrokenAnswers types a target's name key by key in an open string
// (no closing quote yet), the whole flake broken meanwhile: completion
// offers the group's targets, hover before the broken region shows the
// recipient, definition finds it and the secret keeps its inlay hint, all
// from the analysis of the version before the first keystroke, at the
// places of the new text.
func TestBrokenAnswers(t *testing.T) {
	policy, disk := brokenFlake()
	uri := wsURI + "/policy.nix"
	s := startPolicy(t, disk, lsptest.InitializeParams(wsURI))
	defer s.Shutdown()
	s.Open(uri, policy)
	s.AwaitDiagnostics(uri, 1)
	lines := strings.Split(policy, "\n")
	const line = 3 // the secret's targets
	col := strings.Index(lines[line], "[ ") + 2
	at := func(l, c int) protocol.TextDocumentPositionParams {
		return protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: protocol.DocumentURI(uri)}, Position: protocol.Position{Line: uint32(l), Character: uint32(c)}}
	}
	web1 := strings.Index(lines[2], `"web1"`) + 2
	for i, typed := range []string{`"`, `"w`, `"we`} {
		version := int32(i + 2)
		// An edit that inserts at the cursor, as editors send.
		start := protocol.Position{Line: line, Character: uint32(col + len(typed) - 1)}
		s.Change(uri, version, lsptest.Edit{Range: &protocol.Range{Start: start, End: start}, Text: typed[len(typed)-1:]})
		if ds := s.AwaitDiagnostics(uri, version); len(ds) == 0 || codes(ds) != strings.Repeat("syntax-error ", len(ds))[:len(ds)*len("syntax-error ")-1] {
			t.Fatalf("version %d: %v, want syntax errors alone", version, codes(ds))
		}
		var list protocol.CompletionList
		if err := s.Call(protocol.MethodTextDocumentCompletion, protocol.CompletionParams{TextDocumentPositionParams: at(line, col+len(typed))}, &list); err != nil {
			t.Fatal(err)
		}
		var labels []string
		for _, it := range list.Items {
			labels = append(labels, it.Label)
		}
		if !reflect.DeepEqual(labels, []string{"web1", "*"}) {
			t.Errorf("after %s: completion %v, want web1 and *", typed, labels)
		}
		var h protocol.Hover
		if err := s.Call(protocol.MethodTextDocumentHover, protocol.HoverParams{TextDocumentPositionParams: at(2, web1)}, &h); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(h.Contents.Value, "web1") || h.Range == nil || h.Range.Start.Line != 2 {
			t.Errorf("after %s: hover on web1's declaration: %+v", typed, h)
		}
		var defs []protocol.Location
		if err := s.Call(protocol.MethodTextDocumentDefinition, protocol.DefinitionParams{TextDocumentPositionParams: at(2, web1)}, &defs); err != nil {
			t.Fatal(err)
		}
		if len(defs) != 1 || defs[0].Range.Start.Line != 2 || defs[0].Range.Start.Character != uint32(web1-2) {
			t.Errorf("after %s: definition of web1: %+v", typed, defs)
		}
		var hints []struct {
			Label    string            `json:"label"`
			Position protocol.Position `json:"position"`
		}
		params := map[string]any{"textDocument": map[string]any{"uri": uri}, "range": rng(0, 0, 5, 0)}
		if err := s.Call("textDocument/inlayHint", params, &hints); err != nil {
			t.Fatal(err)
		}
		app := strings.Index(lines[line], "app") + len("app")
		if len(hints) != 1 || hints[0].Label != "1 recipient" || hints[0].Position != (protocol.Position{Line: line, Character: uint32(app)}) {
			t.Errorf("after %s: inlay hints %+v, want 1 recipient after app", typed, hints)
		}
	}
}
