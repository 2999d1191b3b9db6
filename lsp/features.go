package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/lsp/workspace"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// features are the providers of each optional feature, in the order the
// server was given them.
type features struct {
	hover      []feature.Hoverer
	completion []feature.Completer
	definition []feature.Definer
	references []feature.Referencer
	rename     []feature.Renamer
	codeAction []feature.CodeActioner
	symbols    []feature.Symbolizer
	inlayHints []feature.InlayHinter
	commands   map[string]feature.Commander
}

func collectFeatures(ps []feature.Provider) (features, error) {
	var f features
	f.commands = map[string]feature.Commander{}
	for _, p := range ps {
		addIf(&f.hover, p)
		addIf(&f.completion, p)
		addIf(&f.definition, p)
		addIf(&f.references, p)
		addIf(&f.rename, p)
		addIf(&f.codeAction, p)
		addIf(&f.symbols, p)
		addIf(&f.inlayHints, p)
		if c, ok := p.(feature.Commander); ok {
			for _, name := range c.Commands() {
				if f.commands[name] != nil {
					return features{}, fmt.Errorf("command %q is executed by two providers, %s and %s", name, f.commands[name].Name(), p.Name())
				}
				f.commands[name] = c
			}
		}
	}
	return f, nil
}

// addIf appends p to list if it implements the list's feature.
func addIf[T any](list *[]T, p feature.Provider) {
	if x, ok := p.(T); ok {
		*list = append(*list, x)
	}
}

// commandNames returns the commands the server executes, sorted.
func (f *features) commandNames() []string {
	var names []string
	for n := range f.commands {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// document is a request's document, resolved on the reading goroutine
// against the snapshot the request will be answered from.
type document struct {
	snap *workspace.Snapshot
	path string
	file *token.File
	enc  token.Encoding
}

// position is a document position of a request, as a byte offset.
type position struct {
	*document
	pos token.Pos
}

// resolveDoc finds a request's document. Files that are not open are read
// from disk.
func (s *server) resolveDoc(uri protocol.DocumentURI) (*document, error) {
	snap := s.session.Snapshot()
	path, err := snap.Root().Path(string(uri))
	if err != nil {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, err.Error())
	}
	f, err := snap.File(path)
	if err != nil {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "cannot read %s: %v", uri, err)
	}
	return &document{snap: snap, path: path, file: f, enc: s.encoding()}, nil
}

// offset maps an LSP position of the document to a byte offset; positions
// past the end of a line are clamped, as the protocol asks.
func (d *document) offset(p protocol.Position) (token.Pos, error) {
	pos, err := d.file.LSPOffset(int(p.Line), int(p.Character), d.enc)
	if err != nil {
		return 0, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%s: %v", d.snap.URI(d.path), err)
	}
	return pos, nil
}

// span maps an LSP range of the document to byte offsets.
func (d *document) span(r protocol.Range) (start, end token.Pos, err error) {
	if start, err = d.offset(r.Start); err != nil {
		return 0, 0, err
	}
	if end, err = d.offset(r.End); err != nil {
		return 0, 0, err
	}
	if end < start {
		return 0, 0, jsonrpc2.NewError(jsonrpc2.InvalidParams, "range end is before its start")
	}
	return start, end, nil
}

func (d *document) lspRange(start, end token.Pos) protocol.Range {
	return lspRange(d.file, start, end, d.enc)
}

// resolve maps an LSP document position to a byte offset.
func (s *server) resolve(p protocol.TextDocumentPositionParams) (*position, error) {
	doc, err := s.resolveDoc(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	pos, err := doc.offset(p.Position)
	if err != nil {
		return nil, err
	}
	return &position{document: doc, pos: pos}, nil
}

// refusalCode is LSP's RequestFailed: the request is valid but cannot be
// carried out; the message says why, for the user.
const refusalCode jsonrpc2.Code = -32803

// answerError turns a provider's error into the JSON-RPC error to answer:
// a Refusal's message goes to the user as RequestFailed, a superseded
// snapshot is ContentModified.
func answerError(err error) error {
	var r *feature.Refusal
	switch {
	case errors.As(err, &r):
		return jsonrpc2.NewError(refusalCode, r.Message)
	case errors.Is(err, feature.ErrContentModified):
		return jsonrpc2.NewError(protocol.CodeContentModified, err.Error())
	}
	return err
}

// gather calls ask for each provider and concatenates the answers; errors
// are returned only when no provider answered.
func gather[P, T any](ctx context.Context, providers []P, ask func(P) ([]T, error)) ([]T, error) {
	out := []T{}
	var errs []error
	for _, p := range providers {
		items, err := ask(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, items...)
	}
	if len(out) == 0 && len(errs) > 0 {
		return nil, answerError(errors.Join(errs...))
	}
	return out, ctx.Err()
}

func (s *server) hover(p *protocol.HoverParams) (work, error) {
	at, err := s.resolve(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context) (any, error) {
		var errs []error
		for _, h := range s.features.hover {
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
				r := at.lspRange(res.Start, res.End)
				out.Range = &r
			}
			return out, nil
		}
		if len(errs) > 0 {
			return nil, answerError(errors.Join(errs...))
		}
		return nil, nil // nobody knows anything here
	}, nil
}

func (s *server) completion(p *protocol.CompletionParams) (work, error) {
	at, err := s.resolve(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context) (any, error) {
		items, err := gather(ctx, s.features.completion, func(c feature.Completer) ([]protocol.CompletionItem, error) {
			items, err := c.Complete(ctx, at.snap, at.path, at.pos)
			out := make([]protocol.CompletionItem, len(items))
			for i, it := range items {
				out[i] = toProtocolCompletion(it, at.document)
			}
			return out, err
		})
		if err != nil {
			return nil, err
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.resolvesDocumentation() {
			s.docs = s.docs.next(items)
		}
		return &protocol.CompletionList{Items: items}, nil
	}, nil
}

// A client that declares it resolves the documentation of completion
// items (completionItem.resolveSupport, as VS Code does) gets the list
// without it, and asks for that of the item it shows: the list of a
// group's names, each with its keys, is several times as long with it,
// and it is encoded, sent and decoded on every keystroke. A client that
// does not (Neovim's omnifunc) gets it in the list.

// resolvesDocumentation reports whether the client resolves the
// documentation of completion items. s.mu is held.
func (s *server) resolvesDocumentation() bool {
	return slices.Contains(s.client.TextDocument.Completion.CompletionItem.ResolveSupport.Properties, "documentation")
}

// completionDocs is the documentation of the items of one completion
// list, by index, taken out of the list sent.
type completionDocs struct {
	list int64
	docs []any
}

// completionData is the data of an item sent without its documentation:
// the list and the index in it.
type completionData struct {
	List int64 `json:"list"`
	Item int   `json:"item"`
}

// next takes the documentation out of items, a new list, and gives each
// item that had some its place as data.
func (d completionDocs) next(items []protocol.CompletionItem) completionDocs {
	n := completionDocs{list: d.list + 1, docs: make([]any, len(items))}
	for i := range items {
		if items[i].Documentation != nil {
			n.docs[i], items[i].Documentation = items[i].Documentation, nil
			items[i].Data = completionData{List: n.list, Item: i}
		}
	}
	return n
}

// resolveParams is a completion item to resolve with its data decoded.
type resolveParams struct {
	protocol.CompletionItem
	Data *completionData `json:"data"`
}

// resolveCompletion answers completionItem/resolve: the item with its
// documentation, when it is an item of the last list; else as it is (the
// client moved on).
func (s *server) resolveCompletion(p *resolveParams) (work, error) {
	return func(context.Context) (any, error) {
		out := p.CompletionItem
		if p.Data == nil {
			return out, nil
		}
		out.Data = *p.Data
		s.mu.Lock()
		defer s.mu.Unlock()
		if d := p.Data; d.List == s.docs.list && d.Item >= 0 && d.Item < len(s.docs.docs) {
			out.Documentation = s.docs.docs[d.Item]
		}
		return out, nil
	}, nil
}

func toProtocolCompletion(it feature.CompletionItem, doc *document) protocol.CompletionItem {
	out := protocol.CompletionItem{Label: it.Label, Kind: it.Kind, Detail: it.Detail, FilterText: it.FilterText, SortText: it.SortText}
	if it.Documentation != "" {
		out.Documentation = protocol.MarkupContent{Kind: protocol.Markdown, Value: it.Documentation}
	}
	if e := it.Edit; e != nil {
		out.TextEdit = &protocol.TextEdit{Range: doc.lspRange(e.Start, e.End), NewText: e.NewText}
	}
	return out
}

// locations converts spans to LSP locations, dropping (and logging) those
// in files the snapshot cannot read.
func (s *server) locations(snap *workspace.Snapshot, enc token.Encoding, spans []feature.Span) []protocol.Location {
	out := []protocol.Location{}
	for _, sp := range spans {
		r, err := toProtocolRange(snap, sp, enc)
		if err != nil {
			s.log.Warn("dropping a location", "file", sp.File, "error", err)
			continue
		}
		out = append(out, protocol.Location{URI: protocol.DocumentURI(snap.URI(sp.File)), Range: r})
	}
	return out
}

func (s *server) definition(p *protocol.DefinitionParams) (work, error) {
	at, err := s.resolve(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	return placesWork(s, at, s.features.definition, func(ctx context.Context, d feature.Definer) ([]feature.Span, error) {
		return d.Definition(ctx, at.snap, at.path, at.pos)
	}), nil
}

func (s *server) references(p *protocol.ReferenceParams) (work, error) {
	at, err := s.resolve(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	return placesWork(s, at, s.features.references, func(ctx context.Context, r feature.Referencer) ([]feature.Span, error) {
		return r.References(ctx, at.snap, at.path, at.pos, p.Context.IncludeDeclaration)
	}), nil
}

// placesWork answers a request for places with the locations of the spans
// the providers give.
func placesWork[P any](s *server, at *position, providers []P, ask func(context.Context, P) ([]feature.Span, error)) work {
	return func(ctx context.Context) (any, error) {
		spans, err := gather(ctx, providers, func(p P) ([]feature.Span, error) { return ask(ctx, p) })
		if err != nil {
			return nil, err
		}
		return s.locations(at.snap, at.enc, spans), nil
	}
}

// prepareRenameResult is LSP's { range, placeholder }.
type prepareRenameResult struct {
	Range       protocol.Range `json:"range"`
	Placeholder string         `json:"placeholder"`
}

func (s *server) prepareRename(p *protocol.PrepareRenameParams) (work, error) {
	at, err := s.resolve(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context) (any, error) {
		for _, r := range s.features.rename {
			target, err := r.PrepareRename(ctx, at.snap, at.path, at.pos)
			if err != nil {
				return nil, answerError(err)
			}
			if target != nil {
				return &prepareRenameResult{Range: at.lspRange(target.Start, target.End), Placeholder: target.Placeholder}, nil
			}
		}
		return nil, nil // nothing to rename here
	}, nil
}

func (s *server) rename(p *protocol.RenameParams) (work, error) {
	at, err := s.resolve(p.TextDocumentPositionParams)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context) (any, error) {
		for _, r := range s.features.rename {
			edits, err := r.Rename(ctx, at.snap, at.path, at.pos, p.NewName)
			if err != nil {
				return nil, answerError(err)
			}
			if edits != nil {
				return s.workspaceEdit(at.snap, at.enc, edits)
			}
		}
		return nil, answerError(feature.Refuse("nothing to rename here"))
	}, nil
}

func (s *server) documentSymbol(p *protocol.DocumentSymbolParams) (work, error) {
	doc, err := s.resolveDoc(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	hierarchical := s.client.TextDocument.DocumentSymbol.HierarchicalDocumentSymbolSupport
	s.mu.Unlock()
	return func(ctx context.Context) (any, error) {
		syms, err := gather(ctx, s.features.symbols, func(sy feature.Symbolizer) ([]feature.Symbol, error) {
			return sy.Symbols(ctx, doc.snap, doc.path)
		})
		if err != nil {
			return nil, err
		}
		if hierarchical {
			return documentSymbols(doc, syms), nil
		}
		return symbolInformation(doc, syms, "", []protocol.SymbolInformation{}), nil
	}, nil
}

func documentSymbols(doc *document, syms []feature.Symbol) []protocol.DocumentSymbol {
	out := make([]protocol.DocumentSymbol, len(syms))
	for i, sy := range syms {
		out[i] = protocol.DocumentSymbol{
			Name:           sy.Name,
			Detail:         sy.Detail,
			Kind:           sy.Kind,
			Range:          doc.lspRange(sy.Start, sy.End),
			SelectionRange: doc.lspRange(sy.SelectionStart, sy.SelectionEnd),
		}
		if len(sy.Children) > 0 {
			out[i].Children = documentSymbols(doc, sy.Children)
		}
	}
	return out
}

// symbolInformation flattens the outline for clients without hierarchical
// symbols, naming each symbol's container.
func symbolInformation(doc *document, syms []feature.Symbol, container string, out []protocol.SymbolInformation) []protocol.SymbolInformation {
	for _, sy := range syms {
		out = append(out, protocol.SymbolInformation{
			Name:          sy.Name,
			Kind:          sy.Kind,
			Location:      protocol.Location{URI: protocol.DocumentURI(doc.snap.URI(doc.path)), Range: doc.lspRange(sy.Start, sy.End)},
			ContainerName: container,
		})
		out = symbolInformation(doc, sy.Children, sy.Name, out)
	}
	return out
}

// inlayHintParams and inlayHint are LSP 3.17's, which protocol v0.12.0
// predates.
type inlayHintParams struct {
	TextDocument protocol.TextDocumentIdentifier `json:"textDocument"`
	Range        protocol.Range                  `json:"range"`
}

type inlayHint struct {
	Position     protocol.Position       `json:"position"`
	Label        string                  `json:"label"`
	Tooltip      *protocol.MarkupContent `json:"tooltip,omitempty"`
	PaddingLeft  bool                    `json:"paddingLeft,omitempty"`
	PaddingRight bool                    `json:"paddingRight,omitempty"`
}

func (s *server) inlayHint(p *inlayHintParams) (work, error) {
	doc, err := s.resolveDoc(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	start, end, err := doc.span(p.Range)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context) (any, error) {
		return gather(ctx, s.features.inlayHints, func(h feature.InlayHinter) ([]inlayHint, error) {
			hints, err := h.InlayHints(ctx, doc.snap, doc.path, start, end)
			out := make([]inlayHint, len(hints))
			for i, hint := range hints {
				l, c := doc.file.LSPPosition(hint.Pos, doc.enc)
				out[i] = inlayHint{
					Position:     protocol.Position{Line: uint32(l), Character: uint32(c)},
					Label:        hint.Label,
					PaddingLeft:  hint.PaddingLeft,
					PaddingRight: hint.PaddingRight,
				}
				if hint.Tooltip != "" {
					out[i].Tooltip = &protocol.MarkupContent{Kind: protocol.Markdown, Value: hint.Tooltip}
				}
			}
			return out, err
		})
	}, nil
}

// refreshInlayHints asks the client to request the inlay hints again: a
// change in one file (a key file, a module) may change the hints of
// another. At most one request is in flight.
func (s *server) refreshInlayHints() {
	s.mu.Lock()
	wanted := s.client.Workspace.InlayHint.RefreshSupport && len(s.features.inlayHints) > 0 && !s.refreshing
	s.refreshing = s.refreshing || wanted
	s.mu.Unlock()
	if !wanted {
		return
	}
	s.goBackground(func() {
		if _, err := s.conn.Call(s.ctx, methodInlayHintRefresh, nil, nil); err != nil {
			s.log.Debug("inlay hint refresh failed", "error", err)
		}
		s.mu.Lock()
		s.refreshing = false
		s.mu.Unlock()
	})
}

// codeAction is LSP's CodeAction with the server's workspace edit type.
type codeAction struct {
	Title       string                  `json:"title"`
	Kind        protocol.CodeActionKind `json:"kind,omitempty"`
	Diagnostics []protocol.Diagnostic   `json:"diagnostics,omitempty"`
	IsPreferred bool                    `json:"isPreferred,omitempty"`
	Disabled    *disabledReason         `json:"disabled,omitempty"`
	Edit        *workspaceEdit          `json:"edit,omitempty"`
	Command     *protocol.Command       `json:"command,omitempty"`
}

func (s *server) codeAction(p *protocol.CodeActionParams) (work, error) {
	doc, err := s.resolveDoc(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	start, end, err := doc.span(p.Range)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	literals := s.client.TextDocument.CodeAction.CodeActionLiteralSupport != nil
	s.mu.Unlock()
	return func(ctx context.Context) (any, error) {
		actions, err := gather(ctx, s.features.codeAction, func(c feature.CodeActioner) ([]feature.CodeAction, error) {
			return c.CodeActions(ctx, doc.snap, doc.path, start, end)
		})
		if err != nil {
			return nil, err
		}
		var out []any
		for _, a := range actions {
			if !kindWanted(a.Kind, p.Context.Only) {
				continue
			}
			if !literals {
				// Such a client can only run commands; actions made of
				// edits are not offered to it.
				if a.Command != nil && a.Disabled == "" {
					out = append(out, toProtocolCommand(a.Command))
				}
				continue
			}
			ca := codeAction{Title: a.Title, Kind: a.Kind, IsPreferred: a.Preferred}
			if a.Disabled != "" {
				ca.Disabled = &disabledReason{a.Disabled}
			}
			if a.Fixes != nil {
				if d, ok := s.matchDiagnostic(doc.snap, doc.enc, *a.Fixes, p.Context.Diagnostics); ok {
					ca.Diagnostics = []protocol.Diagnostic{d}
				}
			}
			if len(a.Edits) > 0 {
				we, err := s.workspaceEdit(doc.snap, doc.enc, a.Edits)
				if err != nil {
					s.log.Debug("code action not offered", "title", a.Title, "error", err)
					continue
				}
				ca.Edit = we
			}
			if a.Command != nil {
				cmd := toProtocolCommand(a.Command)
				ca.Command = &cmd
			}
			out = append(out, ca)
		}
		if out == nil {
			out = []any{}
		}
		return out, nil
	}, nil
}

type disabledReason struct {
	Reason string `json:"reason"`
}

func toProtocolCommand(c *feature.Command) protocol.Command {
	return protocol.Command{Title: c.Title, Command: c.Name, Arguments: c.Args}
}

// kindWanted reports whether an action of kind k passes the client's
// filter: k is one of only, or a sub-kind of one (quickfix.x of quickfix).
func kindWanted(k protocol.CodeActionKind, only []protocol.CodeActionKind) bool {
	if len(only) == 0 {
		return true
	}
	for _, o := range only {
		if k == o || strings.HasPrefix(string(k), string(o)+".") {
			return true
		}
	}
	return false
}

// matchDiagnostic returns the client's diagnostic that fd is, by range and
// code, or fd as the server publishes it when the client sent none.
func (s *server) matchDiagnostic(snap *workspace.Snapshot, enc token.Encoding, fd feature.Diagnostic, theirs []protocol.Diagnostic) (protocol.Diagnostic, bool) {
	ours, err := toProtocolDiagnostic(snap, fd, enc)
	if err != nil {
		return protocol.Diagnostic{}, false
	}
	for _, d := range theirs {
		if d.Range == ours.Range && fmt.Sprint(d.Code) == fmt.Sprint(ours.Code) {
			return d, true
		}
	}
	return ours, true
}

// executeCommandParams is LSP's, with the arguments left undecoded for the
// provider.
type executeCommandParams struct {
	Command   string            `json:"command"`
	Arguments []json.RawMessage `json:"arguments"`
}

func (s *server) executeCommand(p *executeCommandParams) (work, error) {
	c := s.features.commands[p.Command]
	if c == nil {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "unknown command %q", truncate(p.Command))
	}
	snap := s.session.Snapshot()
	enc := s.encoding()
	s.mu.Lock()
	canApply := s.client.Workspace.ApplyEdit
	s.mu.Unlock()
	return func(ctx context.Context) (any, error) {
		edit, err := c.ExecuteCommand(ctx, snap, p.Command, p.Arguments)
		if err != nil {
			return nil, answerError(err)
		}
		if edit == nil || len(edit.Edits) == 0 {
			return nil, nil
		}
		if !canApply {
			return nil, answerError(feature.Refuse("%s: the editor cannot apply edits (it lacks workspace.applyEdit)", p.Command))
		}
		we, err := s.workspaceEdit(snap, enc, edit.Edits)
		if err != nil {
			return nil, answerError(err)
		}
		var res protocol.ApplyWorkspaceEditResponse
		params := struct {
			Label string         `json:"label,omitempty"`
			Edit  *workspaceEdit `json:"edit"`
		}{edit.Label, we}
		if _, err := s.conn.Call(ctx, protocol.MethodWorkspaceApplyEdit, params, &res); err != nil {
			return nil, fmt.Errorf("workspace/applyEdit: %w", err)
		}
		if !res.Applied {
			reason := res.FailureReason
			if reason == "" {
				reason = "no reason given"
			}
			return nil, answerError(feature.Refuse("the editor did not apply the edit: %s", reason))
		}
		return nil, nil
	}, nil
}
