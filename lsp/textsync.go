package lsp

import (
	"context"
	"errors"
	"fmt"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp/workspace"
)

func (s *server) didOpen(_ context.Context, p *protocol.DidOpenTextDocumentParams) (any, error) {
	if _, err := s.session.Open(string(p.TextDocument.URI), p.TextDocument.Version, p.TextDocument.Text); err != nil {
		s.logMessage(protocol.MessageTypeWarning, fmt.Sprintf("not serving a document: %v", err))
		return nil, nil
	}
	s.diag.schedule()
	return nil, nil
}

// didChangeParams is protocol.DidChangeTextDocumentParams with an optional
// range: v0.12.0 cannot tell a full-text change from an edit at 0:0.
type didChangeParams struct {
	TextDocument   protocol.VersionedTextDocumentIdentifier `json:"textDocument"`
	ContentChanges []struct {
		Range *protocol.Range `json:"range"`
		Text  string          `json:"text"`
	} `json:"contentChanges"`
}

func (s *server) didChange(_ context.Context, p *didChangeParams) (any, error) {
	changes := make([]workspace.Change, len(p.ContentChanges))
	for i, c := range p.ContentChanges {
		changes[i].Text = c.Text
		if r := c.Range; r != nil {
			changes[i].Range = &workspace.Range{
				StartLine: int(r.Start.Line), StartChar: int(r.Start.Character),
				EndLine: int(r.End.Line), EndChar: int(r.End.Character),
			}
		}
	}
	uri := string(p.TextDocument.URI)
	_, err := s.session.Change(uri, p.TextDocument.Version, changes, s.encoding())
	switch {
	case errors.Is(err, workspace.ErrOldVersion):
		// Out of order or replayed: applying it would undo newer edits.
		s.logMessage(protocol.MessageTypeWarning, fmt.Sprintf("edit not applied: %v", err))
		return nil, nil
	case err != nil:
		// The editor's text and ours now differ; every answer about this
		// document would be wrong until it is reopened.
		s.showMessage(protocol.MessageTypeError, fmt.Sprintf("edit not applied, close and reopen the document: %v", err))
		return nil, nil
	}
	s.diag.schedule()
	return nil, nil
}

func (s *server) didClose(_ context.Context, p *protocol.DidCloseTextDocumentParams) (any, error) {
	if _, err := s.session.Close(string(p.TextDocument.URI)); err != nil {
		s.log.Debug("close of a document that is not open", "error", err)
		return nil, nil
	}
	s.diag.schedule()
	return nil, nil
}
