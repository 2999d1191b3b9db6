package lsp

import (
	"context"
	"encoding/json"
	"net/url"
	"slices"
	"strings"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// initializeParams is the part of LSP's InitializeParams the server uses.
// It is decoded by hand, not into protocol.InitializeParams, because that
// type predates LSP 3.17 (general.positionEncodings) and is strict about
// capability shapes that clients fill in many ways.
type initializeParams struct {
	RootURI               string                     `json:"rootUri"`
	RootPath              string                     `json:"rootPath"`
	WorkspaceFolders      []protocol.WorkspaceFolder `json:"workspaceFolders"`
	Trace                 string                     `json:"trace"`
	InitializationOptions json.RawMessage            `json:"initializationOptions"`
	Capabilities          struct {
		General struct {
			PositionEncodings []string `json:"positionEncodings"`
		} `json:"general"`
		clientCapabilities
	} `json:"capabilities"`
}

// clientCapabilities are the client's capabilities the server uses.
type clientCapabilities struct {
	Workspace struct {
		ApplyEdit             bool `json:"applyEdit"`
		Configuration         bool `json:"configuration"`
		DidChangeWatchedFiles struct {
			DynamicRegistration bool `json:"dynamicRegistration"`
		} `json:"didChangeWatchedFiles"`
		WorkspaceEdit struct {
			DocumentChanges    bool     `json:"documentChanges"`
			ResourceOperations []string `json:"resourceOperations"`
		} `json:"workspaceEdit"`
		InlayHint struct {
			RefreshSupport bool `json:"refreshSupport"`
		} `json:"inlayHint"`
	} `json:"workspace"`
	TextDocument struct {
		Completion struct {
			CompletionItem struct {
				ResolveSupport struct {
					Properties []string `json:"properties"`
				} `json:"resolveSupport"`
			} `json:"completionItem"`
		} `json:"completion"`
		Rename struct {
			PrepareSupport bool `json:"prepareSupport"`
		} `json:"rename"`
		CodeAction struct {
			CodeActionLiteralSupport json.RawMessage `json:"codeActionLiteralSupport"`
		} `json:"codeAction"`
		DocumentSymbol struct {
			HierarchicalDocumentSymbolSupport bool `json:"hierarchicalDocumentSymbolSupport"`
		} `json:"documentSymbol"`
	} `json:"textDocument"`
}

// initializeResult adds LSP 3.17's positionEncoding to what protocol v0.12.0
// knows.
type initializeResult struct {
	Capabilities serverCapabilities   `json:"capabilities"`
	ServerInfo   *protocol.ServerInfo `json:"serverInfo,omitempty"`
}

type serverCapabilities struct {
	PositionEncoding  string `json:"positionEncoding"`
	InlayHintProvider bool   `json:"inlayHintProvider,omitempty"`
	protocol.ServerCapabilities
}

// Position encodings as LSP names them.
const (
	encodingUTF16 = "utf-16"
	encodingUTF8  = "utf-8"
)

// negotiateEncoding picks UTF-8 when the client offers it (no conversion at
// all), else UTF-16, which every client must support.
func negotiateEncoding(offered []string) (token.Encoding, string) {
	if slices.Contains(offered, encodingUTF8) {
		return token.UTF8, encodingUTF8
	}
	return token.UTF16, encodingUTF16
}

func (s *server) initialize(_ context.Context, p *initializeParams) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state != stateNew {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "initialize may only be sent once")
	}
	enc, encName := negotiateEncoding(p.Capabilities.General.PositionEncodings)
	s.enc = enc
	s.client = p.Capabilities.clientCapabilities
	if t, ok := parseTrace(p.Trace); ok {
		s.trace = t
	}
	if section := findSection(p.InitializationOptions); section != nil {
		cfg, err := parseConfig(section, s.config)
		if err != nil {
			s.log.Warn("initializationOptions", "error", err)
		}
		s.config = cfg
	}
	s.diag.setDelay(s.config.DiagnosticsDelay)

	var folders []string
	for _, f := range p.WorkspaceFolders {
		folders = append(folders, f.URI)
	}
	switch {
	case len(folders) > 0:
	case p.RootURI != "":
		folders = []string{p.RootURI}
	case p.RootPath != "":
		folders = []string{(&url.URL{Scheme: "file", Path: p.RootPath}).String()}
	}
	if _, err := s.session.ChangeFolders(folders, nil); err != nil {
		s.log.Warn("some workspace folders are not served", "error", err)
	}
	s.state = stateInitialized
	s.diag.start(s.ctx)

	caps := protocol.ServerCapabilities{
		TextDocumentSync: &protocol.TextDocumentSyncOptions{
			OpenClose: true,
			Change:    protocol.TextDocumentSyncKindIncremental,
		},
		Workspace: &protocol.ServerCapabilitiesWorkspace{
			WorkspaceFolders: &protocol.ServerCapabilitiesWorkspaceFolders{Supported: true, ChangeNotifications: true},
		},
	}
	s.advertise(&caps)
	s.log.Info("initialized", "positionEncoding", encName, "folders", len(folders))
	return &initializeResult{
		Capabilities: serverCapabilities{PositionEncoding: encName, InlayHintProvider: len(s.features.inlayHints) > 0, ServerCapabilities: caps},
		ServerInfo:   &protocol.ServerInfo{Name: "secrets-lsp", Version: s.opts.Version},
	}, nil
}

// advertise sets the capabilities of the features some provider
// implements. s.mu is held.
func (s *server) advertise(caps *protocol.ServerCapabilities) {
	f := &s.features
	if len(f.hover) > 0 {
		caps.HoverProvider = true
	}
	if len(f.completion) > 0 {
		var triggers []string
		for _, c := range f.completion {
			for _, t := range c.TriggerCharacters() {
				if !slices.Contains(triggers, t) {
					triggers = append(triggers, t)
				}
			}
		}
		caps.CompletionProvider = &protocol.CompletionOptions{TriggerCharacters: triggers, ResolveProvider: s.resolvesDocumentation()}
	}
	if len(f.definition) > 0 {
		caps.DefinitionProvider = true
	}
	if len(f.references) > 0 {
		caps.ReferencesProvider = true
	}
	if len(f.rename) > 0 {
		// RenameOptions are allowed only for a client that can prepare.
		if s.client.TextDocument.Rename.PrepareSupport {
			caps.RenameProvider = &protocol.RenameOptions{PrepareProvider: true}
		} else {
			caps.RenameProvider = true
		}
	}
	if len(f.codeAction) > 0 {
		if s.client.TextDocument.CodeAction.CodeActionLiteralSupport != nil {
			caps.CodeActionProvider = &protocol.CodeActionOptions{CodeActionKinds: []protocol.CodeActionKind{protocol.QuickFix, protocol.Source}}
		} else {
			caps.CodeActionProvider = true
		}
	}
	if len(f.commands) > 0 {
		caps.ExecuteCommandProvider = &protocol.ExecuteCommandOptions{Commands: f.commandNames()}
	}
	if len(f.symbols) > 0 {
		caps.DocumentSymbolProvider = true
	}
}

// initialized starts what needs the client's answers: watching files and
// reading settings. These are calls to the client, so they cannot run on the
// reading goroutine, which must stay free to read the replies.
func (s *server) initialized(context.Context, *noParams) (any, error) {
	s.mu.Lock()
	client := s.client
	s.mu.Unlock()
	s.goBackground(func() {
		if client.Workspace.DidChangeWatchedFiles.DynamicRegistration {
			s.registerWatchers()
		}
		if client.Workspace.Configuration {
			s.pullConfig()
		}
	})
	s.diag.schedule()
	return nil, nil
}

func (s *server) shutdown(context.Context, *noParams) (any, error) {
	s.mu.Lock()
	s.state = stateShutdown
	s.mu.Unlock()
	s.diag.stop()
	s.log.Info("shutdown")
	return nil, nil
}

func (s *server) exit() {
	s.exitOnce.Do(func() {
		s.log.Info("exit")
		close(s.exited)
	})
}

// Trace levels, as LSP spells them (protocol v0.12.0 has "message").
const (
	traceOff      = "off"
	traceMessages = "messages"
	traceVerbose  = "verbose"
)

func parseTrace(v string) (string, bool) {
	switch v {
	case traceOff, traceMessages, traceVerbose:
		return v, true
	case "message": // what go.lsp.dev/protocol sends
		return traceMessages, true
	}
	return "", false
}

type setTraceParams struct {
	Value string `json:"value"`
}

func (s *server) setTrace(_ context.Context, p *setTraceParams) (any, error) {
	t, ok := parseTrace(p.Value)
	if !ok {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "unknown trace value %q", truncate(p.Value))
	}
	s.mu.Lock()
	s.trace = t
	s.mu.Unlock()
	return nil, nil
}

func truncate(s string) string {
	if len(s) > 40 {
		return strings.ToValidUTF8(s[:40], "") + "…"
	}
	return s
}
