package lsptest

import (
	"context"
	"encoding/json"
	"io"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp"
)

// Server is an in-process server session driven by a Client.
type Server struct {
	*Client
	done chan struct{}
	err  error // what lsp.Serve returned, once done is closed
}

// Start runs lsp.Serve in-process on pipes and connects a client to it. At
// the end of the test the client's side is closed and the server must stop.
func Start(t testing.TB, opts lsp.Options) *Server {
	t.Helper()
	serverIn, clientOut := io.Pipe()
	clientIn, serverOut := io.Pipe()
	s := &Server{done: make(chan struct{})}
	go func() {
		defer close(s.done)
		s.err = lsp.Serve(context.Background(), serverIn, serverOut, opts)
		serverOut.Close()
	}()
	s.Client = NewClient(t, clientOut, clientIn)
	t.Cleanup(func() {
		clientOut.Close()
		select {
		case <-s.done:
		case <-time.After(Timeout):
			t.Errorf("lsptest: the server did not stop after its input closed")
		}
		clientIn.Close()
	})
	return s
}

// Wait waits for lsp.Serve to return and returns its error.
func (s *Server) Wait() error {
	select {
	case <-s.done:
		return s.err
	case <-time.After(Timeout):
		s.t.Fatalf("lsptest: the server did not stop")
		return nil
	}
}

// InitializeParams builds the initialize request of a client with the given
// workspace folder (a URI; "" for none) that offers the position encodings
// (nil: the LSP default, UTF-16 only), answers workspace/configuration,
// watches files, applies workspace edits (versioned, creating files) and
// knows LSP 3.17's prepared renames, code action literals, hierarchical
// symbols and inlay hints.
func InitializeParams(folder string, encodings ...string) map[string]any {
	p := map[string]any{
		"processId": nil,
		"capabilities": map[string]any{
			"general": map[string]any{"positionEncodings": encodings},
			"workspace": map[string]any{
				"applyEdit":             true,
				"configuration":         true,
				"workspaceFolders":      true,
				"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true},
				"workspaceEdit":         map[string]any{"documentChanges": true, "resourceOperations": []string{"create"}},
				"inlayHint":             map[string]any{"refreshSupport": true},
			},
			"textDocument": map[string]any{
				"hover":          map[string]any{"contentFormat": []string{"markdown", "plaintext"}},
				"completion":     map[string]any{"completionItem": map[string]any{"snippetSupport": true}},
				"rename":         map[string]any{"prepareSupport": true},
				"codeAction":     map[string]any{"codeActionLiteralSupport": map[string]any{"codeActionKind": map[string]any{"valueSet": []string{"quickfix", "source"}}}},
				"documentSymbol": map[string]any{"hierarchicalDocumentSymbolSupport": true},
				"inlayHint":      map[string]any{},
			},
		},
	}
	if folder != "" {
		p["workspaceFolders"] = []map[string]string{{"uri": folder, "name": "ws"}}
	}
	return p
}

// VSCodeResolveSupport are the properties of completion items VS Code
// declares it resolves (textDocument.completion.completionItem.
// resolveSupport.properties): it asks for them when it shows an item.
var VSCodeResolveSupport = []string{"documentation", "detail", "additionalTextEdits"}

// WithResolveSupport declares in p, initialize params made by
// InitializeParams, that the client resolves these properties of
// completion items.
func WithResolveSupport(p map[string]any, properties []string) map[string]any {
	doc := p["capabilities"].(map[string]any)["textDocument"].(map[string]any)
	doc["completion"].(map[string]any)["completionItem"].(map[string]any)["resolveSupport"] = map[string]any{"properties": properties}
	return p
}

// InitializeResult is the server's answer to initialize, with the 3.17
// field protocol v0.12.0 lacks.
type InitializeResult struct {
	Capabilities struct {
		PositionEncoding string `json:"positionEncoding"`
		protocol.ServerCapabilities
	} `json:"capabilities"`
	ServerInfo *protocol.ServerInfo `json:"serverInfo"`
}

// Initialize sends initialize with params and then initialized.
func (c *Client) Initialize(params any) InitializeResult {
	c.t.Helper()
	var res InitializeResult
	if err := c.Call(protocol.MethodInitialize, params, &res); err != nil {
		c.t.Fatalf("initialize: %v", err)
	}
	c.must(c.Notify(protocol.MethodInitialized, struct{}{}))
	return res
}

// Open sends didOpen for a Nix document at version 1.
func (c *Client) Open(uri, text string) {
	c.t.Helper()
	c.must(c.Notify(protocol.MethodTextDocumentDidOpen, protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: protocol.DocumentURI(uri), LanguageID: "nix", Version: 1, Text: text,
	}}))
}

// Edit is one content change: Text replaces Range, or the whole document
// when Range is nil.
type Edit struct {
	Range *protocol.Range `json:"range,omitempty"`
	Text  string          `json:"text"`
}

// Change sends didChange with the edits, as version.
func (c *Client) Change(uri string, version int32, edits ...Edit) {
	c.t.Helper()
	c.must(c.Notify(protocol.MethodTextDocumentDidChange, map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": version},
		"contentChanges": edits,
	}))
}

// Close sends didClose.
func (c *Client) Close(uri string) {
	c.t.Helper()
	c.must(c.Notify(protocol.MethodTextDocumentDidClose, protocol.DidCloseTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: protocol.DocumentURI(uri)}}))
}

// Sync makes a round trip with a request the server does not know; its
// answer proves that the server has handled every message sent before.
func (c *Client) Sync() {
	c.t.Helper()
	if err := c.Call("$/lsptest/sync", nil, nil); Code(err) != -32601 {
		c.t.Fatalf("sync: want MethodNotFound, got %v", err)
	}
}

// Shutdown sends shutdown and exit.
func (c *Client) Shutdown() {
	c.t.Helper()
	var res json.RawMessage
	if err := c.Call(protocol.MethodShutdown, nil, &res); err != nil {
		c.t.Fatalf("shutdown: %v", err)
	}
	if string(res) != "null" {
		c.t.Errorf("shutdown result = %s, want null", res)
	}
	c.must(c.Notify(protocol.MethodExit, nil))
}

// must fails the test if a message could not be sent.
func (c *Client) must(err error) {
	c.t.Helper()
	if err != nil {
		c.t.Errorf("lsptest: %v", err)
	}
}
