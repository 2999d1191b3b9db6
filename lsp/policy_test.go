package lsp_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// diskFS is a file system the test changes while the server reads it.
type diskFS struct {
	mu    sync.Mutex
	files fstest.MapFS
}

func (d *diskFS) Open(name string) (fs.File, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.files.Open(name)
}

func (d *diskFS) write(name, data string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.files[name] = &fstest.MapFile{Data: []byte(data)}
}

const (
	aliceKey = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"
	web1Key  = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"
)

// policyFlake is a flake whose targets and keys are in files that are not
// open: targets.nix and keys.json.
func policyFlake() *diskFS {
	return &diskFS{files: fstest.MapFS{
		"flake.nix":   {Data: []byte(lsptest.FlakeNix("./secrets.nix", "./targets.nix"))},
		"secrets.nix": {Data: []byte(secretsNix)},
		"targets.nix": {Data: []byte(targetsNix("web1"))},
		"keys.json":   {Data: []byte(`{ "alice": "` + aliceKey + `" }`)},
	}}
}

const secretsNix = `{ lib, ... }:
let keys = lib.importJSON ./keys.json; in
{
  flake.secrets.prod.recipients.admins = [ { name = "alice"; age = keys.alice; } ];
  flake.secrets.prod.secret.app.targets = [ "web1" ];
}
`

func targetsNix(name string) string {
	return `{ flake.secrets.prod.recipients.targets = [ { name = "` + name + `"; age = "` + web1Key + `"; } ]; }` + "\n"
}

func startPolicy(t *testing.T, disk fs.FS, params map[string]any) *lsptest.Server {
	t.Helper()
	s := lsptest.Start(t, lsp.Options{Root: "/ws", FS: disk, Providers: lsp.DefaultProviders(), DiagnosticsDelay: -1})
	s.Initialize(params)
	return s
}

func codes(ds []protocol.Diagnostic) string {
	var out []string
	for _, d := range ds {
		out = append(out, fmt.Sprint(d.Code))
	}
	return strings.Join(out, " ")
}

// TestSharedFileChanges: a change in a file that is not open (on disk, or
// edited in the editor) publishes the diagnostics of every file it affects,
// and clears them once fixed.
func TestSharedFileChanges(t *testing.T) {
	disk := policyFlake()
	s := startPolicy(t, disk, lsptest.InitializeParams(wsURI))
	secrets := wsURI + "/secrets.nix"
	s.Open(secrets, secretsNix)
	if ds := s.AwaitDiagnostics(secrets, 1); len(ds) != 0 {
		t.Fatalf("diagnostics of the valid policy: %v", ds)
	}
	published := func(uri string) int { return len(s.Diagnostics(uri)) }

	// targets.nix changes on disk: the name app selects is gone.
	disk.write("targets.nix", targetsNix("web2"))
	before := published(secrets)
	if err := s.Notify(protocol.MethodWorkspaceDidChangeWatchedFiles, protocol.DidChangeWatchedFilesParams{Changes: []*protocol.FileEvent{{URI: wsURI + "/targets.nix", Type: protocol.FileChangeTypeChanged}}}); err != nil {
		t.Fatal(err)
	}
	s.Await("the unknown target in secrets.nix", func() bool { return published(secrets) > before })
	if ds := s.LatestDiagnostics(secrets); codes(ds) != "unknown-recipient" || ds[0].Range != rng(4, 44, 4, 50) {
		t.Errorf("after targets.nix changed: %+v", ds)
	}

	// The editor opens targets.nix and fixes it: secrets.nix is cleared.
	targets := wsURI + "/targets.nix"
	s.Open(targets, targetsNix("web2"))
	s.Change(targets, 2, lsptest.Edit{Text: targetsNix("web1")})
	s.AwaitDiagnostics(targets, 2)
	if ds := s.LatestDiagnostics(secrets); len(ds) != 0 {
		t.Errorf("secrets.nix after the fix: %v", ds)
	}

	// keys.json, never open, gets a broken key, then the good one back.
	keys := wsURI + "/keys.json"
	disk.write("keys.json", `{ "alice": "age1broken" }`)
	if err := s.Notify(protocol.MethodWorkspaceDidChangeWatchedFiles, protocol.DidChangeWatchedFilesParams{Changes: []*protocol.FileEvent{{URI: protocol.DocumentURI(keys), Type: protocol.FileChangeTypeChanged}}}); err != nil {
		t.Fatal(err)
	}
	s.Await("the invalid key in keys.json", func() bool { return codes(s.LatestDiagnostics(keys)) == "E5" })
	disk.write("keys.json", `{ "alice": "`+aliceKey+`" }`)
	if err := s.Notify(protocol.MethodWorkspaceDidChangeWatchedFiles, protocol.DidChangeWatchedFilesParams{Changes: []*protocol.FileEvent{{URI: protocol.DocumentURI(keys), Type: protocol.FileChangeTypeChanged}}}); err != nil {
		t.Fatal(err)
	}
	s.Await("keys.json cleared", func() bool {
		pubs := s.Diagnostics(keys)
		return len(pubs) > 1 && len(pubs[len(pubs)-1].Diagnostics) == 0
	})
	s.Shutdown()
}

// TestInlayHintRefresh: after a change the server asks a client that can
// refresh its inlay hints to do so.
func TestInlayHintRefresh(t *testing.T) {
	s := startPolicy(t, policyFlake(), lsptest.InitializeParams(wsURI))
	uri := wsURI + "/secrets.nix"
	s.Open(uri, secretsNix)
	s.AwaitDiagnostics(uri, 1)
	s.Await("workspace/inlayHint/refresh", func() bool { return len(s.Received("workspace/inlayHint/refresh")) > 0 })
	var hints []struct {
		Label string `json:"label"`
	}
	params := map[string]any{"textDocument": map[string]any{"uri": uri}, "range": rng(0, 0, 6, 0)}
	if err := s.Call("textDocument/inlayHint", params, &hints); err != nil || len(hints) != 1 || hints[0].Label != "2 recipients" {
		t.Errorf("inlay hints = %+v, %v", hints, err)
	}
	s.Shutdown()
}

// minimalClient is a client with none of the capabilities the features
// can use when present: edits as plain changes, no prepared renames, no
// code action literals, flat symbols, no workspace/applyEdit.
func minimalClient() map[string]any {
	return map[string]any{"processId": nil, "rootUri": wsURI, "capabilities": map[string]any{}}
}

func TestMinimalClient(t *testing.T) {
	s := startPolicy(t, policyFlake(), minimalClient())
	uri := wsURI + "/secrets.nix"
	s.Open(uri, secretsNix)
	s.AwaitDiagnostics(uri, 1)

	// Rename answers with changes by URI, not versioned document changes.
	var edit map[string]json.RawMessage
	params := protocol.RenameParams{TextDocumentPositionParams: hoverParams(uri, 4, 46).TextDocumentPositionParams, NewName: "web9"}
	if err := s.Call(protocol.MethodTextDocumentRename, params, &edit); err != nil {
		t.Fatal(err)
	}
	var changes map[string][]protocol.TextEdit
	if err := json.Unmarshal(edit["changes"], &changes); err != nil || edit["documentChanges"] != nil || len(changes) != 2 {
		t.Errorf("rename edit = %s, want changes in two files", edit)
	}

	// Code actions are commands only.
	var actions []map[string]any
	if err := s.Call(protocol.MethodTextDocumentCodeAction, protocol.CodeActionParams{TextDocument: protocol.TextDocumentIdentifier{URI: protocol.DocumentURI(uri)}, Range: rng(4, 0, 4, 0)}, &actions); err != nil {
		t.Fatal(err)
	}
	for _, a := range actions {
		if _, ok := a["command"].(string); !ok {
			t.Errorf("code action %v is not a Command", a)
		}
	}
	if len(actions) != 1 || actions[0]["title"] != "Regenerate .sops.yaml" {
		t.Errorf("actions = %v, want the regeneration command", actions)
	}
	// The client cannot apply the edit the command computes: refused.
	err := s.Call(protocol.MethodWorkspaceExecuteCommand, protocol.ExecuteCommandParams{Command: "secrets-lsp.writeSopsYaml", Arguments: []any{"."}}, nil)
	if lsptest.Code(err) != -32803 || !strings.Contains(err.Error(), "workspace.applyEdit") {
		t.Errorf("executeCommand = %v, want a refusal naming workspace.applyEdit", err)
	}

	// Symbols are flat, each naming its container.
	var syms []protocol.SymbolInformation
	if err := s.Call(protocol.MethodTextDocumentDocumentSymbol, protocol.DocumentSymbolParams{TextDocument: protocol.TextDocumentIdentifier{URI: protocol.DocumentURI(uri)}}, &syms); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, sy := range syms {
		got = append(got, sy.ContainerName+"/"+sy.Name)
	}
	if strings.Join(got, " ") != "/prod prod/alice prod/app" {
		t.Errorf("symbols = %v", got)
	}
	s.Shutdown()
}

func TestCapabilities(t *testing.T) {
	for _, tt := range []struct {
		name   string
		params map[string]any
		rename string
		action string
	}{
		{"full client", lsptest.InitializeParams(wsURI), `{"prepareProvider":true}`, `{"codeActionKinds":["quickfix","source"]}`},
		{"minimal client", minimalClient(), `true`, `true`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := lsptest.Start(t, lsp.Options{Root: "/ws", FS: fstest.MapFS{}, Providers: lsp.DefaultProviders(), DiagnosticsDelay: -1})
			var res struct {
				Capabilities map[string]json.RawMessage `json:"capabilities"`
			}
			if err := s.Call(protocol.MethodInitialize, tt.params, &res); err != nil {
				t.Fatal(err)
			}
			c := res.Capabilities
			for _, want := range []string{"hoverProvider", "completionProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider", "inlayHintProvider", "executeCommandProvider"} {
				if c[want] == nil {
					t.Errorf("%s not advertised", want)
				}
			}
			if string(c["renameProvider"]) != tt.rename || string(c["codeActionProvider"]) != tt.action {
				t.Errorf("renameProvider %s, codeActionProvider %s", c["renameProvider"], c["codeActionProvider"])
			}
			if string(c["executeCommandProvider"]) != `{"commands":["secrets-lsp.writeSopsYaml"]}` {
				t.Errorf("executeCommandProvider %s", c["executeCommandProvider"])
			}
		})
	}
}

// TestRapidEditsWithRequests: edits faster than the analysis, with hovers
// and completions among them, as while typing: every request is answered
// (ContentModified for one about a superseded version) and the final
// diagnostics are those of the last version.
func TestRapidEditsWithRequests(t *testing.T) {
	flake, err := lsptest.GenerateFlake(600)
	if err != nil {
		t.Fatal(err)
	}
	disk := fstest.MapFS{}
	for name, data := range flake.Files {
		disk[name] = &fstest.MapFile{Data: []byte(data)}
	}
	s := lsptest.Start(t, lsp.Options{Root: "/ws", FS: disk, Providers: lsp.DefaultProviders()})
	s.Initialize(lsptest.InitializeParams(wsURI))
	uri := wsURI + "/" + lsptest.PolicyFile
	src := flake.Files[lsptest.PolicyFile]
	file := token.NewFile(lsptest.PolicyFile, []byte(src))
	s.Open(uri, src)
	s.AwaitDiagnostics(uri, 1)
	pos := func(off int) protocol.TextDocumentPositionParams {
		l, c := file.LSPPosition(token.Pos(off), token.UTF16)
		return protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: protocol.DocumentURI(uri)}, Position: protocol.Position{Line: uint32(l), Character: uint32(c)}}
	}
	target := pos(flake.Targets[len(flake.Targets)/2]).Position
	var pending []*lsptest.Pending
	const edits = 21
	for v := int32(2); v < 2+edits; v++ {
		r := protocol.Range{Start: target, End: target}
		text := "x"
		if v%2 == 1 {
			r.End.Character++
			text = ""
		}
		s.Change(uri, v, lsptest.Edit{Range: &r, Text: text})
		pending = append(pending,
			s.Go(protocol.MethodTextDocumentHover, protocol.HoverParams{TextDocumentPositionParams: pos(flake.Secrets[int(v)%len(flake.Secrets)])}),
			s.Go(protocol.MethodTextDocumentCompletion, protocol.CompletionParams{TextDocumentPositionParams: pos(flake.Targets[int(v)%len(flake.Targets)] + 1)}))
	}
	for _, p := range pending {
		if err := p.Wait(nil); err != nil && lsptest.Code(err) != -32801 {
			t.Errorf("request %d: %v", p.ID, err)
		}
	}
	// An odd number of edits: the last adds the typo.
	if ds := s.AwaitDiagnostics(uri, 1+edits); codes(ds) != "unknown-recipient" {
		t.Errorf("final diagnostics: %v", ds)
	}
	s.Shutdown()
}
