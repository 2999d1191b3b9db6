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
		Workspace clientCapabilities `json:"workspace"`
	} `json:"capabilities"`
}

// clientCapabilities are the client's workspace capabilities the server uses.
type clientCapabilities struct {
	Configuration         bool `json:"configuration"`
	DidChangeWatchedFiles struct {
		DynamicRegistration bool `json:"dynamicRegistration"`
	} `json:"didChangeWatchedFiles"`
}

// initializeResult adds LSP 3.17's positionEncoding to what protocol v0.12.0
// knows.
type initializeResult struct {
	Capabilities serverCapabilities   `json:"capabilities"`
	ServerInfo   *protocol.ServerInfo `json:"serverInfo,omitempty"`
}

type serverCapabilities struct {
	PositionEncoding string `json:"positionEncoding"`
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
	s.client = p.Capabilities.Workspace
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
	if len(s.hoverers) > 0 {
		caps.HoverProvider = true
	}
	if len(s.completers) > 0 {
		var triggers []string
		for _, c := range s.completers {
			for _, t := range c.TriggerCharacters() {
				if !slices.Contains(triggers, t) {
					triggers = append(triggers, t)
				}
			}
		}
		caps.CompletionProvider = &protocol.CompletionOptions{TriggerCharacters: triggers}
	}
	s.log.Info("initialized", "positionEncoding", encName, "folders", len(folders))
	return &initializeResult{
		Capabilities: serverCapabilities{PositionEncoding: encName, ServerCapabilities: caps},
		ServerInfo:   &protocol.ServerInfo{Name: "secrets-lsp", Version: s.opts.Version},
	}, nil
}

// initialized starts what needs the client's answers: watching files and
// reading settings. These are calls to the client, so they cannot run on the
// reading goroutine, which must stay free to read the replies.
func (s *server) initialized(context.Context, *noParams) (any, error) {
	s.mu.Lock()
	client := s.client
	s.mu.Unlock()
	s.goBackground(func() {
		if client.DidChangeWatchedFiles.DynamicRegistration {
			s.registerWatchers()
		}
		if client.Configuration {
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
