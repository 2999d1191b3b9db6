package lsp_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
)

func TestDebounceCoalescesRapidEdits(t *testing.T) {
	clock := newFakeClock()
	w := &lsptest.WordProvider{}
	s := lsptest.Start(t, lsp.Options{Root: "/ws", FS: fstest.MapFS{"disk.nix": {Data: []byte("BAD")}}, Providers: []provider{w}, Clock: clock, DiagnosticsDelay: time.Second})
	s.Initialize(lsptest.InitializeParams(wsURI))
	s.AwaitDiagnostics(wsURI+"/disk.nix", 0) // the first run
	clock.Advance(time.Second)               // then a quiet period
	uri := wsURI + "/a.nix"
	s.Open(uri, "BAD")
	s.AwaitDiagnostics(uri, 1) // after a quiet period: at once, without the clock moving
	for v := int32(2); v <= 30; v++ {
		s.Change(uri, v, lsptest.Edit{Text: strings.Repeat("BAD ", int(v))})
	}
	s.Sync()
	before := len(s.Diagnostics(uri))
	clock.Advance(time.Second)
	ds := s.AwaitDiagnostics(uri, 30)
	if len(ds) != 30 {
		t.Errorf("final diagnostics: %d, want 30", len(ds))
	}
	pubs := s.Diagnostics(uri)
	if len(pubs) > 3 || before > 2 {
		t.Errorf("%d publications for 30 versions (%d before the delay ended), want the edits coalesced", len(pubs), before)
	}
	for i := 1; i < len(pubs); i++ {
		if pubs[i].Version <= pubs[i-1].Version {
			t.Errorf("publications out of order: %d after %d", pubs[i].Version, pubs[i-1].Version)
		}
	}
}

func TestCancelRequest(t *testing.T) {
	b := &blockingProvider{started: make(chan struct{}), release: make(chan struct{})}
	s := start(t, fstest.MapFS{"a.nix": {Data: []byte("abc")}}, b)
	s.Initialize(lsptest.InitializeParams(wsURI))
	p := s.Go(protocol.MethodTextDocumentHover, hoverParams(wsURI+"/a.nix", 0, 1))
	<-b.started
	// Other requests are served while one is blocked.
	s.Sync()
	p.Cancel()
	if err := p.Wait(nil); lsptest.Code(err) != codeRequestCancelled {
		t.Errorf("cancelled hover: %v, want RequestCancelled", err)
	}
	// Cancelling an unknown or finished request is harmless.
	p.Cancel()
	s.Notify(protocol.MethodCancelRequest, map[string]any{"id": "nope"})
	s.Notify(protocol.MethodCancelRequest, map[string]any{"id": []int{1}})
	close(b.release)
	var h protocol.Hover
	if err := s.Call(protocol.MethodTextDocumentHover, hoverParams(wsURI+"/a.nix", 0, 1), &h); err != nil || h.Contents.Value != "released" {
		t.Errorf("hover after cancel = %+v, %v", h, err)
	}
}

func TestPanicsAreInternalErrors(t *testing.T) {
	s := start(t, fstest.MapFS{"a.nix": {Data: []byte("abc")}}, panickingProvider{}, &lsptest.WordProvider{})
	s.Initialize(lsptest.InitializeParams(wsURI))
	s.Open(wsURI+"/b.nix", "BAD")
	// The panicking provider's diagnostics are lost; the others' are published.
	if ds := s.AwaitDiagnostics(wsURI+"/b.nix", 1); len(ds) != 1 {
		t.Errorf("diagnostics beside a panicking provider: %+v", ds)
	}
	err := s.Call(protocol.MethodTextDocumentHover, hoverParams(wsURI+"/a.nix", 0, 1), nil)
	if lsptest.Code(err) != codeInternalError || !strings.Contains(err.Error(), "hover exploded") {
		t.Errorf("hover of a panicking provider: %v, want InternalError", err)
	}
	s.Sync() // still serving
}

func TestMalformedMessages(t *testing.T) {
	s := start(t, fstest.MapFS{"a.nix": {Data: []byte("abc")}}, &lsptest.WordProvider{})
	s.Initialize(lsptest.InitializeParams(wsURI))
	frame := func(body string) []byte { return fmt.Appendf(nil, "Content-Length: %d\r\n\r\n%s", len(body), body) }
	s.WriteRaw(frame(`{"jsonrpc":"2.0","id":100,"method":"textDocument/hover","params":`)) // bad JSON
	s.WriteRaw([]byte("GARBAGE\r\nMORE GARBAGE\r\n\r\n"))                                  // no header at all
	s.WriteRaw([]byte("Content-Length: nope\r\n\r\n"))                                     // bogus length
	s.WriteRaw(frame(`{"jsonrpc":"2.0","id":101,"method":7}`))                             // wrong type
	s.WriteRaw(frame(`[{"jsonrpc":"2.0","id":102,"method":"shutdown"}]`))                  // batch
	s.Sync()
	var got []string
	for _, m := range s.Orphans() {
		got = append(got, fmt.Sprintf("%s:%d", m.ID, m.Error.Code))
	}
	if want := "[null:-32700 null:-32700 null:-32700 101:-32600 null:-32600]"; fmt.Sprint(got) != want {
		t.Errorf("error responses %v, want %v", got, want)
	}

	// Well-framed requests with bad params.
	for _, tt := range []struct {
		params any
		want   int64
		text   string // in the message, if set
	}{
		{nil, codeInvalidParams, ""},
		{"a string", codeInvalidParams, ""},
		{map[string]any{"textDocument": 5}, codeInvalidParams, ""},
		{map[string]any{"textDocument": map[string]any{"uri": wsURI + "/a.nix"}, "position": map[string]any{"line": -1, "character": 0}}, codeInvalidParams, ""},
		{hoverParams(wsURI+"/a.nix", 7, 0), codeInvalidParams, wsURI + "/a.nix: line 7 is past the end"}, // named as the client does
		{hoverParams(wsURI+"/none.nix", 0, 0), codeInvalidParams, ""},                                    // no such file
		{hoverParams("untitled:Untitled-1", 0, 0), codeInvalidParams, ""},
		{hoverParams("file:///etc/passwd", 0, 0), codeInvalidParams, ""}, // outside the root
	} {
		if err := s.Call(protocol.MethodTextDocumentHover, tt.params, nil); lsptest.Code(err) != tt.want || err != nil && !strings.Contains(err.Error(), tt.text) {
			t.Errorf("hover with params %v: %v, want code %d and %q", tt.params, err, tt.want, tt.text)
		}
	}
	// A notification sent as a request is refused; a request sent as a
	// notification has no answer and no effect.
	if err := s.Call(protocol.MethodTextDocumentDidOpen, protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{URI: wsURI + "/n.nix", Text: "BAD"}}, nil); lsptest.Code(err) != codeInvalidRequest {
		t.Errorf("didOpen as a request: %v, want InvalidRequest", err)
	}
	s.Notify(protocol.MethodShutdown, nil)
	s.Notify(protocol.MethodTextDocumentHover, hoverParams(wsURI+"/a.nix", 0, 1))
	// Notifications with bad params are dropped; the session goes on.
	s.Notify(protocol.MethodTextDocumentDidOpen, nil)
	s.Notify(protocol.MethodTextDocumentDidOpen, map[string]any{"textDocument": map[string]any{"uri": 5}})
	s.Notify(protocol.MethodTextDocumentDidChange, map[string]any{"textDocument": map[string]any{"uri": wsURI + "/never-opened.nix", "version": 2}, "contentChanges": []any{map[string]any{"text": "x"}}})
	s.Notify(protocol.MethodTextDocumentDidClose, map[string]any{"textDocument": map[string]any{"uri": wsURI + "/never-opened.nix"}})
	s.Notify(protocol.MethodSetTrace, map[string]any{"value": "loud"})
	s.Notify(protocol.MethodWorkspaceDidChangeWatchedFiles, map[string]any{"changes": "all"})
	// A request for a file that is not open is answered from the disk.
	var h protocol.Hover
	if err := s.Call(protocol.MethodTextDocumentHover, hoverParams(wsURI+"/a.nix", 0, 1), &h); err != nil || h.Contents.Value != "word `abc`" {
		t.Errorf("hover of a file on disk = %+v, %v", h, err)
	}
	s.Shutdown()
	if err := s.Wait(); err != nil {
		t.Errorf("Serve = %v", err)
	}
}

func TestEditOutOfRange(t *testing.T) {
	s := start(t, fstest.MapFS{}, &lsptest.WordProvider{})
	s.Initialize(lsptest.InitializeParams(wsURI))
	uri := wsURI + "/a.nix"
	s.Open(uri, "BAD\n")
	s.AwaitDiagnostics(uri, 1)
	r := rng(5, 0, 5, 1)
	s.Change(uri, 2, lsptest.Edit{Range: &r, Text: "x"})
	s.Await("an error message", func() bool { return len(s.Received(protocol.MethodWindowShowMessage)) == 1 })
	var msg protocol.ShowMessageParams
	_ = json.Unmarshal(s.Received(protocol.MethodWindowShowMessage)[0].Params, &msg)
	if msg.Type != protocol.MessageTypeError || !strings.Contains(msg.Message, "reopen") {
		t.Errorf("message = %+v", msg)
	}
	// The document keeps its last good version and text.
	var h protocol.Hover
	if err := s.Call(protocol.MethodTextDocumentHover, hoverParams(uri, 0, 1), &h); err != nil || h.Contents.Value != "word `BAD`" {
		t.Errorf("hover = %+v, %v", h, err)
	}
}

// TestEditOfOldVersion checks that a didChange of a version lower than the
// document's is not applied (versions only increase: it was made to an
// older text) and is reported as a warning in the client's log.
func TestEditOfOldVersion(t *testing.T) {
	s := start(t, fstest.MapFS{}, &lsptest.WordProvider{})
	s.Initialize(lsptest.InitializeParams(wsURI))
	uri := wsURI + "/a.nix"
	s.Open(uri, "ONE\n")
	s.Change(uri, 3, lsptest.Edit{Text: "THREE\n"})
	s.Change(uri, 2, lsptest.Edit{Text: "TWO\n"})
	warned := func() bool {
		for _, m := range s.Received(protocol.MethodWindowLogMessage) {
			var p protocol.LogMessageParams
			if json.Unmarshal(m.Params, &p) == nil && p.Type == protocol.MessageTypeWarning && strings.Contains(p.Message, "version 2") {
				return true
			}
		}
		return false
	}
	s.Await("a warning about version 2", warned)
	var h protocol.Hover
	if err := s.Call(protocol.MethodTextDocumentHover, hoverParams(uri, 0, 1), &h); err != nil || h.Contents.Value != "word `THREE`" {
		t.Errorf("hover = %+v, %v; want the word of version 3", h, err)
	}
	if n := len(s.Received(protocol.MethodWindowShowMessage)); n != 0 {
		t.Errorf("%d messages shown: an old edit needs no reopening", n)
	}
}

func TestCompletion(t *testing.T) {
	s := start(t, fstest.MapFS{}, &lsptest.WordProvider{})
	if res := s.Initialize(lsptest.InitializeParams(wsURI)); res.Capabilities.CompletionProvider.ResolveProvider {
		t.Error("resolveProvider is advertised to a client that does not resolve")
	}
	uri := wsURI + "/a.nix"
	s.Open(uri, "x = [ \"é al\" ];")
	var list protocol.CompletionList
	if err := s.Call(protocol.MethodTextDocumentCompletion, protocol.CompletionParams{TextDocumentPositionParams: hoverParams(uri, 0, 11).TextDocumentPositionParams}, &list); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range list.Items {
		got = append(got, fmt.Sprintf("%s %v %q", it.Label, it.TextEdit.Range, it.TextEdit.NewText))
	}
	// "al" is at UTF-16 columns 9..11 (é is one unit).
	if want := `[alice {{0 9} {0 11}} "alice" albert {{0 9} {0 11}} "albert"]`; fmt.Sprint(got) != want {
		t.Errorf("completion = %v, want %v", got, want)
	}
	doc, _ := json.Marshal(list.Items[0].Documentation)
	if string(doc) != `{"kind":"markdown","value":"**alice**"}` {
		t.Errorf("documentation = %s", doc)
	}
	if list.Items[0].Data != nil {
		t.Errorf("data = %v, for a client that does not resolve", list.Items[0].Data)
	}
}

func TestHugeDocumentAndRapidEdits(t *testing.T) {
	s := start(t, fstest.MapFS{}, &lsptest.WordProvider{})
	s.Initialize(lsptest.InitializeParams(wsURI))
	uri := wsURI + "/huge.nix"
	line := "  recipient = \"age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq\";\n"
	text := strings.Repeat(line, 1<<20/len(line)) // 1 MiB
	s.Open(uri, text)
	const edits = 30
	for v := int32(2); v <= edits; v++ {
		r1, r2 := rng(uint32(v), 2, uint32(v), 2), rng(uint32(v), 3, uint32(v), 3)
		s.Change(uri, v, lsptest.Edit{Range: &r1, Text: "B"}, lsptest.Edit{Range: &r2, Text: "AD"})
	}
	ds := s.AwaitDiagnostics(uri, edits)
	if len(ds) != edits-1 || ds[0].Range != rng(2, 2, 2, 5) || ds[edits-2].Range != rng(edits, 2, edits, 5) {
		t.Errorf("%d diagnostics, first %v; want %d from line 2", len(ds), ds[0].Range, edits-1)
	}
}

func TestMessageOverTheLimit(t *testing.T) {
	s := lsptest.Start(t, lsp.Options{Root: "/ws", FS: fstest.MapFS{"big.nix": {Data: []byte("on disk")}}, Providers: []provider{&lsptest.WordProvider{}}, MaxMessageSize: 1 << 20})
	s.Initialize(lsptest.InitializeParams(wsURI))
	uri := wsURI + "/big.nix"
	s.Open(uri, strings.Repeat("BAD ", 1<<20/4+1))
	s.Sync()
	if o := s.Orphans(); len(o) != 1 || o[0].Error.Code != codeParseError || !strings.Contains(o[0].Error.Message, "over the limit") {
		t.Errorf("responses to the oversized message: %+v", o)
	}
	// The document was not opened: the disk's text is served.
	var h protocol.Hover
	if err := s.Call(protocol.MethodTextDocumentHover, hoverParams(uri, 0, 1), &h); err != nil || h.Contents.Value != "word `on`" {
		t.Errorf("hover = %+v, %v", h, err)
	}
}

// TestCompletionResolve: a client that resolves the documentation of
// completion items (as VS Code declares) gets the list without it and the
// documentation of an item on completionItem/resolve; an item of an older
// list comes back as it is. TestCompletion is the client that does not.
func TestCompletionResolve(t *testing.T) {
	s := start(t, fstest.MapFS{}, &lsptest.WordProvider{})
	if res := s.Initialize(lsptest.WithResolveSupport(lsptest.InitializeParams(wsURI), lsptest.VSCodeResolveSupport)); !res.Capabilities.CompletionProvider.ResolveProvider {
		t.Fatal("resolveProvider is not advertised")
	}
	uri := wsURI + "/a.nix"
	s.Open(uri, "x = [ \"al\" ];")
	complete := func() []protocol.CompletionItem {
		var list protocol.CompletionList
		if err := s.Call(protocol.MethodTextDocumentCompletion, protocol.CompletionParams{TextDocumentPositionParams: hoverParams(uri, 0, 9).TextDocumentPositionParams}, &list); err != nil || len(list.Items) != 2 {
			t.Fatalf("completion: %+v, %v", list, err)
		}
		return list.Items
	}
	resolve := func(it protocol.CompletionItem) string {
		var out protocol.CompletionItem
		if err := s.Call(protocol.MethodCompletionItemResolve, it, &out); err != nil {
			t.Fatalf("resolve: %v", err)
		}
		if out.Label != it.Label || out.TextEdit == nil || *out.TextEdit != *it.TextEdit {
			t.Errorf("resolved %+v, from %+v", out, it)
		}
		doc, _ := json.Marshal(out.Documentation)
		return string(doc)
	}
	old := complete()
	for _, it := range old {
		if it.Documentation != nil || it.Data == nil {
			t.Errorf("%s: documentation %v, data %v; want none, and data", it.Label, it.Documentation, it.Data)
		}
	}
	items := complete()
	for _, it := range items {
		if got, want := resolve(it), `{"kind":"markdown","value":"**`+it.Label+`**"}`; got != want {
			t.Errorf("%s resolved with %s, want %s", it.Label, got, want)
		}
	}
	if got := resolve(old[0]); got != "null" {
		t.Errorf("an item of the older list resolved with %s", got)
	}
}
