package lsp

import (
	"context"
	"errors"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/lsp/workspace"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// position is a request's document position, resolved on the reading
// goroutine against the snapshot the request will be answered from.
type position struct {
	snap *workspace.Snapshot
	path string
	file *token.File
	pos  token.Pos
	enc  token.Encoding
}

// resolve maps an LSP document position to a byte offset. Files that are not
// open are read from disk; positions past the end of a line are clamped, as
// the protocol asks.
func (s *server) resolve(p protocol.TextDocumentPositionParams) (*position, error) {
	snap := s.session.Snapshot()
	path, err := snap.Root().Path(string(p.TextDocument.URI))
	if err != nil {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, err.Error())
	}
	f, err := snap.File(path)
	if err != nil {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "cannot read %s: %v", p.TextDocument.URI, err)
	}
	enc := s.encoding()
	pos, err := f.LSPOffset(int(p.Position.Line), int(p.Position.Character), enc)
	if err != nil {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, err.Error())
	}
	return &position{snap: snap, path: path, file: f, pos: pos, enc: enc}, nil
}

func (s *server) hover(p *protocol.HoverParams) (work, error) {
	at, err := s.resolve(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context) (any, error) {
		var errs []error
		for _, h := range s.hoverers {
			res, err := h.Hover(ctx, at.snap, at.path, at.pos)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if res == nil {
				continue
			}
			out := &protocol.Hover{Contents: protocol.MarkupContent{Kind: protocol.Markdown, Value: res.Markdown}}
			if res.Start.IsValid() {
				r := lspRange(at.file, res.Start, res.End, at.enc)
				out.Range = &r
			}
			return out, nil
		}
		return nil, errors.Join(errs...) // null when nobody knows anything here
	}, nil
}

func (s *server) completion(p *protocol.CompletionParams) (work, error) {
	at, err := s.resolve(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context) (any, error) {
		list := &protocol.CompletionList{Items: []protocol.CompletionItem{}}
		var errs []error
		for _, c := range s.completers {
			items, err := c.Complete(ctx, at.snap, at.path, at.pos)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			for _, it := range items {
				list.Items = append(list.Items, toProtocolCompletion(it, at))
			}
		}
		if len(list.Items) == 0 && len(errs) > 0 {
			return nil, errors.Join(errs...)
		}
		return list, nil
	}, nil
}

func toProtocolCompletion(it feature.CompletionItem, at *position) protocol.CompletionItem {
	out := protocol.CompletionItem{Label: it.Label, Kind: it.Kind, Detail: it.Detail}
	if it.Documentation != "" {
		out.Documentation = protocol.MarkupContent{Kind: protocol.Markdown, Value: it.Documentation}
	}
	if e := it.Edit; e != nil {
		out.TextEdit = &protocol.TextEdit{Range: lspRange(at.file, e.Start, e.End, at.enc), NewText: e.NewText}
	}
	return out
}
