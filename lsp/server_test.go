package lsp_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp"
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
)

// JSON-RPC and LSP error codes.
const (
	codeParseError           = -32700
	codeInvalidRequest       = -32600
	codeMethodNotFound       = -32601
	codeInvalidParams        = -32602
	codeInternalError        = -32603
	codeServerNotInitialized = -32002
	codeRequestCancelled     = -32800
)

const wsURI = "file:///ws"

type provider = feature.Provider

func start(t *testing.T, disk fstest.MapFS, providers ...any) *lsptest.Server {
	t.Helper()
	opts := lsp.Options{Root: "/ws", FS: disk, DiagnosticsDelay: -1}
	for _, p := range providers {
		switch p := p.(type) {
		case lsp.Clock:
			opts.Clock = p
		default:
			opts.Providers = append(opts.Providers, p.(provider))
		}
	}
	return lsptest.Start(t, opts)
}

func TestLifecycle(t *testing.T) {
	s := start(t, fstest.MapFS{}, &lsptest.WordProvider{})

	// Before initialize: requests are refused, notifications dropped.
	if err := s.Call(protocol.MethodTextDocumentHover, map[string]any{}, nil); lsptest.Code(err) != codeServerNotInitialized {
		t.Errorf("hover before initialize: %v, want ServerNotInitialized", err)
	}
	s.Open(wsURI+"/early.nix", "BAD")

	res := s.Initialize(lsptest.InitializeParams(wsURI))
	caps := res.Capabilities
	if caps.PositionEncoding != "utf-16" {
		t.Errorf("positionEncoding = %q, want utf-16", caps.PositionEncoding)
	}
	if sync := fmt.Sprint(caps.TextDocumentSync); sync != "map[change:2 openClose:true]" {
		t.Errorf("textDocumentSync = %s, want incremental with open/close", sync)
	}
	if caps.HoverProvider != true || caps.CompletionProvider == nil || fmt.Sprint(caps.CompletionProvider.TriggerCharacters) != `["]` {
		t.Errorf("hover %v, completion %+v: want both, triggered by \"", caps.HoverProvider, caps.CompletionProvider)
	}
	if caps.Workspace == nil || caps.Workspace.WorkspaceFolders == nil || !caps.Workspace.WorkspaceFolders.Supported {
		t.Errorf("workspace folders not supported: %+v", caps.Workspace)
	}
	if res.ServerInfo == nil || res.ServerInfo.Name != "secrets-lsp" {
		t.Errorf("serverInfo = %+v", res.ServerInfo)
	}

	if err := s.Call(protocol.MethodInitialize, lsptest.InitializeParams(wsURI), nil); lsptest.Code(err) != codeInvalidRequest {
		t.Errorf("second initialize: %v, want InvalidRequest", err)
	}
	if err := s.Call("textDocument/unknownThing", map[string]any{}, nil); lsptest.Code(err) != codeMethodNotFound {
		t.Errorf("unknown request: %v, want MethodNotFound", err)
	}
	s.Notify("textDocument/unknownNotification", map[string]any{"x": 1})
	s.Notify("$/unknown", nil)
	s.Sync()

	// The document opened before initialize was dropped.
	if err := s.Call(protocol.MethodTextDocumentHover, hoverParams(wsURI+"/early.nix", 0, 0), nil); lsptest.Code(err) != codeInvalidParams {
		t.Errorf("hover of a document dropped before initialize: %v, want InvalidParams (not found)", err)
	}

	s.Shutdown() // sends exit too
	if err := s.Wait(); err != nil {
		t.Errorf("Serve after shutdown and exit = %v, want nil", err)
	}
}

func TestAfterShutdown(t *testing.T) {
	s := start(t, fstest.MapFS{}, &lsptest.WordProvider{})
	s.Initialize(lsptest.InitializeParams(wsURI))
	if err := s.Call(protocol.MethodShutdown, nil, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Call(protocol.MethodTextDocumentHover, hoverParams(wsURI+"/a.nix", 0, 0), nil); lsptest.Code(err) != codeInvalidRequest {
		t.Errorf("request after shutdown: %v, want InvalidRequest", err)
	}
	if err := s.Call(protocol.MethodShutdown, nil, nil); lsptest.Code(err) != codeInvalidRequest {
		t.Errorf("second shutdown: %v, want InvalidRequest", err)
	}
	// Nothing is diagnosed after shutdown.
	s.Open(wsURI+"/a.nix", "BAD")
	s.CloseInput() // the client goes away without exit, after shutdown
	if err := s.Wait(); err != nil {
		t.Errorf("Serve = %v, want nil after shutdown", err)
	}
	if d := s.Diagnostics(wsURI + "/a.nix"); len(d) != 0 {
		t.Errorf("diagnostics published after shutdown: %v", d)
	}
}

func TestExitWithoutShutdown(t *testing.T) {
	s := start(t, fstest.MapFS{})
	s.Initialize(lsptest.InitializeParams(wsURI))
	s.Notify(protocol.MethodExit, nil)
	if err := s.Wait(); !errors.Is(err, lsp.ErrNoShutdown) {
		t.Errorf("Serve after exit without shutdown = %v, want ErrNoShutdown", err)
	}
}

func TestEndOfInputWithoutShutdown(t *testing.T) {
	s := start(t, fstest.MapFS{})
	s.Initialize(lsptest.InitializeParams(wsURI))
	s.CloseInput()
	if err := s.Wait(); !errors.Is(err, lsp.ErrNoShutdown) {
		t.Errorf("Serve after end of input = %v, want ErrNoShutdown", err)
	}
}

func TestExitBeforeInitialize(t *testing.T) {
	s := start(t, fstest.MapFS{})
	s.Notify(protocol.MethodExit, nil)
	if err := s.Wait(); !errors.Is(err, lsp.ErrNoShutdown) {
		t.Errorf("Serve = %v, want ErrNoShutdown", err)
	}
}

func hoverParams(uri string, line, char uint32) protocol.HoverParams {
	return protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: protocol.DocumentURI(uri)},
		Position:     protocol.Position{Line: line, Character: char},
	}}
}

func rng(l1, c1, l2, c2 uint32) protocol.Range {
	return protocol.Range{Start: protocol.Position{Line: l1, Character: c1}, End: protocol.Position{Line: l2, Character: c2}}
}

func TestPositionEncodings(t *testing.T) {
	// "é" is 2 bytes, 1 UTF-16 unit; "𝄞" is 4 bytes, 2 UTF-16 units.
	const text = "x = \"é𝄞\"; BAD GOOD\n"
	tests := []struct {
		offered []string
		want    string
		// the diagnostic on BAD, the related GOOD, the hover on GOOD
		bad, good protocol.Range
	}{
		{nil, "utf-16", rng(0, 11, 0, 14), rng(0, 15, 0, 19)},
		{[]string{"utf-32", "utf-16"}, "utf-16", rng(0, 11, 0, 14), rng(0, 15, 0, 19)},
		{[]string{"utf-16", "utf-8"}, "utf-8", rng(0, 14, 0, 17), rng(0, 18, 0, 22)},
	}
	for _, tt := range tests {
		t.Run(tt.want+"/"+strings.Join(tt.offered, ","), func(t *testing.T) {
			s := start(t, fstest.MapFS{}, &lsptest.WordProvider{})
			if got := s.Initialize(lsptest.InitializeParams(wsURI, tt.offered...)).Capabilities.PositionEncoding; got != tt.want {
				t.Fatalf("positionEncoding = %q, want %q", got, tt.want)
			}
			uri := wsURI + "/enc.nix"
			s.Open(uri, text)
			ds := s.AwaitDiagnostics(uri, 1)
			if len(ds) != 1 || ds[0].Range != tt.bad || len(ds[0].RelatedInformation) != 1 || ds[0].RelatedInformation[0].Location.Range != tt.good {
				t.Fatalf("diagnostics = %+v, want BAD at %v related to GOOD at %v", ds, tt.bad, tt.good)
			}
			var h protocol.Hover
			if err := s.Call(protocol.MethodTextDocumentHover, hoverParams(uri, 0, tt.good.Start.Character+1), &h); err != nil {
				t.Fatal(err)
			}
			if h.Contents.Value != "word `GOOD`" || h.Range == nil || *h.Range != tt.good {
				t.Errorf("hover = %+v, want GOOD at %v", h, tt.good)
			}
			// An incremental edit in the same encoding: replace BAD by OK.
			s.Change(uri, 2, lsptest.Edit{Range: &tt.bad, Text: "OK"})
			if ds := s.AwaitDiagnostics(uri, 2); len(ds) != 0 {
				t.Errorf("after replacing BAD: %+v", ds)
			}
			if err := s.Call(protocol.MethodTextDocumentHover, hoverParams(uri, 0, tt.bad.Start.Character), &h); err != nil || h.Contents.Value != "word `OK`" {
				t.Errorf("hover on the edit = %+v, %v; want word OK", h, err)
			}
		})
	}
}

func TestDiagnosticsLifecycle(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("flake.nix", "{ }")
	write("modules/keys.nix", "BAD keys")
	root := "file://" + filepath.ToSlash(dir)
	s := lsptest.Start(t, lsp.Options{Root: dir, Providers: []provider{&lsptest.WordProvider{}}, DiagnosticsDelay: -1})
	s.Initialize(lsptest.InitializeParams(root))

	// A file that is not open gets its diagnostics from the start.
	keys := root + "/modules/keys.nix"
	s.Await("keys.nix diagnostics", func() bool { return len(s.LatestDiagnostics(keys)) == 1 })
	if p := s.Diagnostics(keys); p[0].Version != 0 || p[0].Diagnostics[0].Source != "secrets-lsp" || p[0].Diagnostics[0].Code != "bad-word" || p[0].Diagnostics[0].Severity != protocol.DiagnosticSeverityError {
		t.Errorf("keys.nix: %+v", p)
	}

	// An open document: published at every version, cleared when fixed.
	flake := root + "/flake.nix"
	s.Open(flake, "{ BAD = 1; }")
	if ds := s.AwaitDiagnostics(flake, 1); len(ds) != 1 || ds[0].Range != rng(0, 2, 0, 5) {
		t.Errorf("flake.nix v1: %+v", ds)
	}
	s.Change(flake, 2, lsptest.Edit{Range: &protocol.Range{Start: protocol.Position{Line: 0, Character: 2}, End: protocol.Position{Line: 0, Character: 5}}, Text: "good"})
	if ds := s.AwaitDiagnostics(flake, 2); len(ds) != 0 {
		t.Errorf("flake.nix v2: %+v, want cleared", ds)
	}
	s.Change(flake, 3, lsptest.Edit{Text: "BAD\nBAD"}) // full-text change
	if ds := s.AwaitDiagnostics(flake, 3); len(ds) != 2 || ds[1].Range != rng(1, 0, 1, 3) {
		t.Errorf("flake.nix v3: %+v", ds)
	}

	// A file changed on disk: fixed, then the client says so.
	write("modules/keys.nix", "good keys")
	s.Notify(protocol.MethodWorkspaceDidChangeWatchedFiles, protocol.DidChangeWatchedFilesParams{Changes: []*protocol.FileEvent{{URI: protocol.DocumentURI(keys), Type: protocol.FileChangeTypeChanged}}})
	s.Await("keys.nix cleared", func() bool {
		p := s.Diagnostics(keys)
		return len(p) == 2 && len(p[1].Diagnostics) == 0
	})

	// Closing an open document: the disk's text (without BAD) shows through.
	s.Close(flake)
	s.Await("flake.nix cleared after close", func() bool {
		p := s.Diagnostics(flake)
		return len(p[len(p)-1].Diagnostics) == 0 && p[len(p)-1].Version == 0
	})
	s.Shutdown()
}

func TestWorkspaceFolders(t *testing.T) {
	w := &lsptest.WordProvider{}
	s := start(t, fstest.MapFS{"a/x.nix": {Data: []byte("BAD")}, "b/y.nix": {Data: []byte("BAD")}}, w)
	s.Initialize(lsptest.InitializeParams(wsURI + "/a"))
	s.Await("a/x.nix", func() bool { return len(s.LatestDiagnostics(wsURI+"/a/x.nix")) == 1 })
	s.Notify(protocol.MethodWorkspaceDidChangeWorkspaceFolders, protocol.DidChangeWorkspaceFoldersParams{Event: protocol.WorkspaceFoldersChangeEvent{
		Added:   []protocol.WorkspaceFolder{{URI: wsURI + "/b", Name: "b"}, {URI: "file:///elsewhere", Name: "outside"}},
		Removed: []protocol.WorkspaceFolder{{URI: wsURI + "/a", Name: "a"}},
	}})
	s.Await("b/y.nix, and a/x.nix cleared", func() bool {
		return len(s.LatestDiagnostics(wsURI+"/b/y.nix")) == 1 && len(s.Diagnostics(wsURI+"/a/x.nix")) == 2 && len(s.LatestDiagnostics(wsURI+"/a/x.nix")) == 0
	})
	if last := w.Folders(); fmt.Sprint(last) != "[b]" {
		t.Errorf("folders seen by the provider: %v, want [b]", last)
	}
	s.Await("a warning about the folder outside the root", func() bool {
		for _, m := range s.Received(protocol.MethodWindowLogMessage) {
			if strings.Contains(string(m.Params), "outside the served directory") {
				return true
			}
		}
		return false
	})
}

func TestRootURIFallback(t *testing.T) {
	w := &lsptest.WordProvider{}
	s := start(t, fstest.MapFS{"p/x.nix": {Data: []byte("BAD")}}, w)
	s.Initialize(map[string]any{"rootUri": wsURI + "/p", "capabilities": map[string]any{}})
	s.Await("p/x.nix", func() bool { return len(s.LatestDiagnostics(wsURI+"/p/x.nix")) == 1 })
	// No dynamic registration and no configuration: the server asks for neither.
	s.Sync()
	if n := len(s.Received(protocol.MethodClientRegisterCapability)) + len(s.Received(protocol.MethodWorkspaceConfiguration)); n != 0 {
		t.Errorf("the server sent %d requests the client cannot answer", n)
	}
}

func TestWatchersAndConfiguration(t *testing.T) {
	s := start(t, fstest.MapFS{}, &lsptest.WordProvider{})
	s.SetSettings(map[string]any{"diagnosticsDelay": "5ms", "diagnosticDelay": 3})
	s.Initialize(lsptest.InitializeParams(wsURI))
	s.Await("registration and configuration", func() bool {
		return len(s.Received(protocol.MethodClientRegisterCapability)) == 1 && len(s.Received(protocol.MethodWorkspaceConfiguration)) == 1
	})
	var reg protocol.RegistrationParams
	if err := json.Unmarshal(s.Received(protocol.MethodClientRegisterCapability)[0].Params, &reg); err != nil {
		t.Fatal(err)
	}
	opts, _ := json.Marshal(reg.Registrations[0].RegisterOptions)
	if reg.Registrations[0].Method != "workspace/didChangeWatchedFiles" ||
		string(opts) != `{"watchers":[{"globPattern":"**/*.nix"},{"globPattern":"**/*.json"},{"globPattern":"**/*.toml"},{"globPattern":"**/*.pub"},{"globPattern":"**/.sops.yaml"},{"globPattern":"**/secrets/**"}]}` {
		t.Errorf("registration = %+v %s", reg, opts)
	}
	var cp protocol.ConfigurationParams
	if err := json.Unmarshal(s.Received(protocol.MethodWorkspaceConfiguration)[0].Params, &cp); err != nil || len(cp.Items) != 1 || cp.Items[0].Section != "secrets-lsp" {
		t.Errorf("configuration request = %+v, %v", cp, err)
	}
	// The misspelt setting is reported, not silently ignored.
	s.Await("a warning about diagnosticDelay", func() bool {
		for _, m := range s.Received(protocol.MethodWindowLogMessage) {
			if strings.Contains(string(m.Params), `unknown setting \"diagnosticDelay\"`) {
				return true
			}
		}
		return false
	})
	// A change of configuration makes the server pull again.
	s.Notify(protocol.MethodWorkspaceDidChangeConfiguration, map[string]any{"settings": nil})
	s.Await("a second configuration request", func() bool { return len(s.Received(protocol.MethodWorkspaceConfiguration)) == 2 })
}

func TestSetTrace(t *testing.T) {
	s := start(t, fstest.MapFS{"a.nix": {Data: []byte("secret BAD text")}}, &lsptest.WordProvider{})
	s.Initialize(lsptest.InitializeParams(wsURI))
	s.Sync()
	if n := len(s.Received(protocol.MethodLogTrace)); n != 0 {
		t.Fatalf("%d traces while tracing is off", n)
	}
	s.Notify(protocol.MethodSetTrace, map[string]string{"value": "verbose"})
	s.Open(wsURI+"/b.nix", "secret BAD text")
	s.Sync()
	traces := s.Received(protocol.MethodLogTrace)
	if len(traces) < 2 {
		t.Fatalf("traces = %d, want one per message", len(traces))
	}
	for _, m := range traces {
		if strings.Contains(string(m.Params), "secret") {
			t.Errorf("a trace contains the document's text: %s", m.Params)
		}
	}
	if !strings.Contains(string(traces[0].Params), `textDocument/didOpen`) || !strings.Contains(string(traces[0].Params), `"verbose"`) {
		t.Errorf("trace = %s", traces[0].Params)
	}
	s.Notify(protocol.MethodSetTrace, map[string]string{"value": "off"})
	s.Sync()
	n := len(s.Received(protocol.MethodLogTrace))
	s.Sync()
	if m := len(s.Received(protocol.MethodLogTrace)); m != n {
		t.Errorf("traces after off: %d more", m-n)
	}
}

func TestPushedConfiguration(t *testing.T) {
	s := start(t, fstest.MapFS{}, &lsptest.WordProvider{})
	s.Initialize(map[string]any{"capabilities": map[string]any{}, "initializationOptions": map[string]any{"secrets-lsp": map[string]any{"diagnosticsDelay": "1ms", "bogus": 1}}})
	s.Notify(protocol.MethodWorkspaceDidChangeConfiguration, map[string]any{"settings": map[string]any{"gopls": map[string]any{"staticcheck": true}}})
	s.Notify(protocol.MethodWorkspaceDidChangeConfiguration, map[string]any{"settings": map[string]any{"secrets-lsp": map[string]any{"diagnosticsDelay": "x"}}})
	s.Sync()
	var warnings []string
	for _, m := range s.Received(protocol.MethodWindowLogMessage) {
		var p protocol.LogMessageParams
		_ = json.Unmarshal(m.Params, &p)
		warnings = append(warnings, p.Message)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "diagnosticsDelay: want a duration") {
		t.Errorf("warnings = %q, want one about the bad diagnosticsDelay", warnings)
	}
	if n := len(s.Received(protocol.MethodWorkspaceConfiguration)); n != 0 {
		t.Errorf("%d configuration requests to a client that cannot answer them", n)
	}
}
