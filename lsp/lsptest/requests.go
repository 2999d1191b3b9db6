package lsptest

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// requests checks the markers that make requests, on one session.
type requests struct {
	ws    *markerWorkspace
	s     *Server
	enc   token.Encoding
	diags map[string][]protocol.Diagnostic
	files map[string]*token.File
}

// requestMarkers are the markers answered by a request, by name.
var requestMarkers map[string]func(*requests, *marker) error

func init() {
	requestMarkers = map[string]func(*requests, *marker) error{
		"related":       (*requests).related,
		"hover":         (*requests).hover,
		"complete":      (*requests).complete,
		"completeEdit":  (*requests).completeEdit,
		"def":           (*requests).definition,
		"refs":          (*requests).references,
		"prepareRename": (*requests).prepareRename,
		"rename":        (*requests).rename,
		"renameErr":     (*requests).renameErr,
		"action":        (*requests).action,
		"noAction":      (*requests).noAction,
		"symbols":       (*requests).symbols,
		"inlay":         (*requests).inlay,
	}
}

// args checks the number of m's arguments: at least min, at most max (-1:
// any).
func args(m *marker, min, max int, usage string) error {
	if len(m.args) < min || max >= 0 && len(m.args) > max {
		return fmt.Errorf("%v: want %s", m, usage)
	}
	return nil
}

func (r *requests) lspRange(sp span) protocol.Range {
	f := r.files[sp.file]
	l1, c1 := f.LSPPosition(token.Pos(sp.start), r.enc)
	l2, c2 := f.LSPPosition(token.Pos(sp.end), r.enc)
	return protocol.Range{Start: protocol.Position{Line: uint32(l1), Character: uint32(c1)}, End: protocol.Position{Line: uint32(l2), Character: uint32(c2)}}
}

// span converts a range of a file of the workspace back to bytes.
func (r *requests) span(uri protocol.DocumentURI, rng protocol.Range) (span, error) {
	name, ok := strings.CutPrefix(string(uri), "file://"+markerRoot+"/")
	f := r.files[name]
	if !ok || f == nil {
		return span{}, fmt.Errorf("a location outside the workspace: %s", uri)
	}
	start, err1 := f.LSPOffset(int(rng.Start.Line), int(rng.Start.Character), r.enc)
	end, err2 := f.LSPOffset(int(rng.End.Line), int(rng.End.Character), r.enc)
	if err1 != nil || err2 != nil {
		return span{}, fmt.Errorf("%s: invalid range %v", name, rng)
	}
	return span{name, int(start), int(end)}, nil
}

// describe renders a span as FILE:LINE:COL-LINE:COL "text".
func (r *requests) describe(sp span) string {
	f := r.files[sp.file]
	s, e := f.Position(token.Pos(sp.start)), f.Position(token.Pos(sp.end))
	return fmt.Sprintf("%s:%d:%d-%d:%d %q", sp.file, s.Line, s.Column, e.Line, e.Column, f.Source()[sp.start:sp.end])
}

// at returns the request position of a location argument: its start.
func (r *requests) at(m *marker, arg any) (protocol.TextDocumentPositionParams, error) {
	sp, err := r.ws.location(m, arg)
	if err != nil {
		return protocol.TextDocumentPositionParams{}, err
	}
	return protocol.TextDocumentPositionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: protocol.DocumentURI(r.ws.uri(sp.file))},
		Position:     r.lspRange(sp).Start,
	}, nil
}

// golden returns the golden file an identifier argument names.
func (r *requests) golden(m *marker, arg any) (string, error) {
	name, ok := arg.(ident)
	if !ok {
		return "", fmt.Errorf("%v: %v is not a golden file's name", m, arg)
	}
	return string(name), nil
}

// compareGolden compares got with the golden file name, or rewrites it
// with -update.
func (r *requests) compareGolden(m *marker, name, got string) error {
	want, ok := r.ws.archive.file("@" + name)
	if updating() {
		if !ok || string(want) != got {
			r.ws.archive.setFile("@"+name, []byte(got))
			r.ws.goldenChanged = true
		}
		return nil
	}
	if !ok {
		return fmt.Errorf("%v: no golden file @%s (go test -update writes it); got:\n%s", m, name, got)
	}
	if string(want) != got {
		return fmt.Errorf("%v: got\n%s\nwant (@%s)\n%s", m, got, name, want)
	}
	return nil
}

// matchText checks text against string (contained; "!text": not
// contained), re"…" (matched) and golden arguments.
func (r *requests) matchText(m *marker, text string, wants []any) error {
	for _, w := range wants {
		switch w := w.(type) {
		case string:
			if not, ok := strings.CutPrefix(w, "!"); ok {
				if strings.Contains(text, not) {
					return fmt.Errorf("%v: %q is in\n%s", m, not, text)
				}
				continue
			}
			if !strings.Contains(text, w) {
				return fmt.Errorf("%v: %q is not in\n%s", m, w, text)
			}
		case *regexp.Regexp:
			if !w.MatchString(text) {
				return fmt.Errorf("%v: %v does not match\n%s", m, w, text)
			}
		case ident:
			if err := r.compareGolden(m, string(w), text); err != nil {
				return err
			}
		default:
			return fmt.Errorf("%v: %v is not an expected text", m, w)
		}
	}
	return nil
}

func (r *requests) related(m *marker) error {
	if err := args(m, 3, 3, "related(location, rel, message)"); err != nil {
		return err
	}
	at, err := r.ws.location(m, m.args[0])
	if err != nil {
		return err
	}
	rel, err := r.ws.location(m, m.args[1])
	if err != nil {
		return err
	}
	var found []string
	for _, d := range r.diags[at.file] {
		if sp, err := r.span(protocol.DocumentURI(r.ws.uri(at.file)), d.Range); err != nil || sp != at {
			continue
		}
		for _, ri := range d.RelatedInformation {
			sp, err := r.span(ri.Location.URI, ri.Location.Range)
			if err != nil {
				return fmt.Errorf("%v: %v", m, err)
			}
			if sp == rel && r.matchText(m, ri.Message, m.args[2:]) == nil {
				return nil
			}
			found = append(found, r.describe(sp)+": "+ri.Message)
		}
	}
	return fmt.Errorf("%v: no diagnostic at %s with related %s; related places there: %q", m, r.describe(at), r.describe(rel), found)
}

func (r *requests) hover(m *marker) error {
	if err := args(m, 2, -1, "hover(at, location|nil, content…)"); err != nil {
		return err
	}
	pos, err := r.at(m, m.args[0])
	if err != nil {
		return err
	}
	var h *protocol.Hover
	if err := r.s.Call(protocol.MethodTextDocumentHover, protocol.HoverParams{TextDocumentPositionParams: pos}, &h); err != nil {
		return fmt.Errorf("%v: %v", m, err)
	}
	if m.args[1] == ident("nil") {
		if h != nil {
			return fmt.Errorf("%v: want no hover, got %q", m, h.Contents.Value)
		}
		return nil
	}
	if h == nil {
		return fmt.Errorf("%v: no hover", m)
	}
	want, err := r.ws.location(m, m.args[1])
	if err != nil {
		return err
	}
	if h.Range == nil {
		return fmt.Errorf("%v: the hover has no range, want %s", m, r.describe(want))
	}
	if got, err := r.span(pos.TextDocument.URI, *h.Range); err != nil || got != want {
		return fmt.Errorf("%v: hover range %v, want %s", m, h.Range, r.describe(want))
	}
	return r.matchText(m, h.Contents.Value, m.args[2:])
}

func (r *requests) completion(m *marker) (*protocol.CompletionList, error) {
	pos, err := r.at(m, m.args[0])
	if err != nil {
		return nil, err
	}
	var list protocol.CompletionList
	if err := r.s.Call(protocol.MethodTextDocumentCompletion, protocol.CompletionParams{TextDocumentPositionParams: pos}, &list); err != nil {
		return nil, fmt.Errorf("%v: %v", m, err)
	}
	return &list, nil
}

func (r *requests) complete(m *marker) error {
	if err := args(m, 1, -1, "complete(at, label…)"); err != nil {
		return err
	}
	list, err := r.completion(m)
	if err != nil {
		return err
	}
	var got, want []string
	for _, it := range list.Items {
		got = append(got, it.Label)
	}
	for _, a := range m.args[1:] {
		s, ok := a.(string)
		if !ok {
			return fmt.Errorf("%v: a label must be a string", m)
		}
		want = append(want, s)
	}
	if !slices.Equal(got, want) {
		return fmt.Errorf("%v: completion labels %q, want %q", m, got, want)
	}
	return nil
}

func (r *requests) completeEdit(m *marker) error {
	if err := args(m, 4, 4, `completeEdit(at, label, location, "new text")`); err != nil {
		return err
	}
	label, _ := m.args[1].(string)
	newText, _ := m.args[3].(string)
	want, err := r.ws.location(m, m.args[2])
	if err != nil {
		return err
	}
	list, err := r.completion(m)
	if err != nil {
		return err
	}
	for _, it := range list.Items {
		if it.Label != label {
			continue
		}
		if it.TextEdit == nil {
			return fmt.Errorf("%v: %q has no text edit", m, label)
		}
		got, err := r.span(protocol.DocumentURI(r.ws.uri(want.file)), it.TextEdit.Range)
		if err != nil || got != want || it.TextEdit.NewText != newText {
			return fmt.Errorf("%v: %q replaces %v with %q, want %s with %q", m, label, it.TextEdit.Range, it.TextEdit.NewText, r.describe(want), newText)
		}
		return nil
	}
	return fmt.Errorf("%v: no completion %q", m, label)
}

// compareLocations checks a set of locations against the location
// arguments, in any order.
func (r *requests) compareLocations(m *marker, locs []protocol.Location, wantArgs []any) error {
	var got, want []string
	for _, l := range locs {
		sp, err := r.span(l.URI, l.Range)
		if err != nil {
			return fmt.Errorf("%v: %v", m, err)
		}
		got = append(got, r.describe(sp))
	}
	for _, a := range wantArgs {
		sp, err := r.ws.location(m, a)
		if err != nil {
			return err
		}
		want = append(want, r.describe(sp))
	}
	sort.Strings(got)
	sort.Strings(want)
	if !slices.Equal(got, want) {
		return fmt.Errorf("%v: got\n\t%s\nwant\n\t%s", m, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	return nil
}

func (r *requests) definition(m *marker) error {
	if err := args(m, 1, -1, "def(at, location…)"); err != nil {
		return err
	}
	pos, err := r.at(m, m.args[0])
	if err != nil {
		return err
	}
	var locs []protocol.Location
	if err := r.s.Call(protocol.MethodTextDocumentDefinition, protocol.DefinitionParams{TextDocumentPositionParams: pos}, &locs); err != nil {
		return fmt.Errorf("%v: %v", m, err)
	}
	return r.compareLocations(m, locs, m.args[1:])
}

func (r *requests) references(m *marker) error {
	if err := args(m, 2, -1, "refs(at, true|false, location…)"); err != nil {
		return err
	}
	pos, err := r.at(m, m.args[0])
	if err != nil {
		return err
	}
	decl := m.args[1] == ident("true")
	if !decl && m.args[1] != ident("false") {
		return fmt.Errorf("%v: the second argument is true or false", m)
	}
	var locs []protocol.Location
	params := protocol.ReferenceParams{TextDocumentPositionParams: pos, Context: protocol.ReferenceContext{IncludeDeclaration: decl}}
	if err := r.s.Call(protocol.MethodTextDocumentReferences, params, &locs); err != nil {
		return fmt.Errorf("%v: %v", m, err)
	}
	return r.compareLocations(m, locs, m.args[2:])
}

func (r *requests) prepareRename(m *marker) error {
	if err := args(m, 3, 3, `prepareRename(at, location, "placeholder")`); err != nil {
		return err
	}
	pos, err := r.at(m, m.args[0])
	if err != nil {
		return err
	}
	want, err := r.ws.location(m, m.args[1])
	if err != nil {
		return err
	}
	var res *struct {
		Range       protocol.Range `json:"range"`
		Placeholder string         `json:"placeholder"`
	}
	if err := r.s.Call(protocol.MethodTextDocumentPrepareRename, protocol.PrepareRenameParams{TextDocumentPositionParams: pos}, &res); err != nil {
		return fmt.Errorf("%v: %v", m, err)
	}
	if res == nil {
		return fmt.Errorf("%v: nothing to rename", m)
	}
	got, err := r.span(pos.TextDocument.URI, res.Range)
	if err != nil || got != want || res.Placeholder != m.args[2] {
		return fmt.Errorf("%v: got %v %q, want %s %q", m, res.Range, res.Placeholder, r.describe(want), m.args[2])
	}
	return nil
}

func (r *requests) rename(m *marker) error {
	if err := args(m, 3, 3, `rename(at, "new name", golden)`); err != nil {
		return err
	}
	pos, err := r.at(m, m.args[0])
	if err != nil {
		return err
	}
	golden, err := r.golden(m, m.args[2])
	if err != nil {
		return err
	}
	var edit json.RawMessage
	newName, _ := m.args[1].(string)
	if err := r.s.Call(protocol.MethodTextDocumentRename, protocol.RenameParams{TextDocumentPositionParams: pos, NewName: newName}, &edit); err != nil {
		return fmt.Errorf("%v: %v", m, err)
	}
	changed, err := r.apply(edit)
	if err != nil {
		return fmt.Errorf("%v: %v", m, err)
	}
	return r.compareGolden(m, golden, changed)
}

func (r *requests) renameErr(m *marker) error {
	if err := args(m, 3, 3, "renameErr(at, newName|nil, message)"); err != nil {
		return err
	}
	pos, err := r.at(m, m.args[0])
	if err != nil {
		return err
	}
	if m.args[1] == ident("nil") {
		err = r.s.Call(protocol.MethodTextDocumentPrepareRename, protocol.PrepareRenameParams{TextDocumentPositionParams: pos}, nil)
	} else {
		newName, _ := m.args[1].(string)
		err = r.s.Call(protocol.MethodTextDocumentRename, protocol.RenameParams{TextDocumentPositionParams: pos, NewName: newName}, nil)
	}
	if err == nil {
		return fmt.Errorf("%v: the rename was not refused", m)
	}
	if Code(err) != -32803 {
		return fmt.Errorf("%v: %v, want a refusal (RequestFailed)", m, err)
	}
	return r.matchText(m, err.(*ResponseError).Message, m.args[2:])
}

// codeActions returns the actions offered for a location, of the kind
// asked for.
func (r *requests) codeActions(m *marker) ([]codeAction, error) {
	at, err := r.ws.location(m, m.args[0])
	if err != nil {
		return nil, err
	}
	kind, _ := m.args[1].(string)
	params := protocol.CodeActionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: protocol.DocumentURI(r.ws.uri(at.file))},
		Range:        r.lspRange(at),
		Context:      protocol.CodeActionContext{Diagnostics: r.diags[at.file], Only: []protocol.CodeActionKind{protocol.CodeActionKind(kind)}},
	}
	var actions []codeAction
	if err := r.s.Call(protocol.MethodTextDocumentCodeAction, params, &actions); err != nil {
		return nil, fmt.Errorf("%v: %v", m, err)
	}
	return actions, nil
}

// codeAction is what the marker runner reads of a code action.
type codeAction struct {
	Title    string `json:"title"`
	Kind     string `json:"kind"`
	Disabled *struct {
		Reason string `json:"reason"`
	} `json:"disabled"`
	Edit    json.RawMessage `json:"edit"`
	Command *protocol.Command
}

func (r *requests) action(m *marker) error {
	if err := args(m, 4, 4, `action(location, "kind", "title", golden)`); err != nil {
		return err
	}
	golden, err := r.golden(m, m.args[3])
	if err != nil {
		return err
	}
	actions, err := r.codeActions(m)
	if err != nil {
		return err
	}
	var titles []string
	offered := 0
	for _, a := range actions {
		titles = append(titles, a.Title)
		if a.Title == m.args[2] {
			offered++
		}
	}
	if offered > 1 { // an editor's menu would show it twice
		return fmt.Errorf("%v: action %q offered %d times", m, m.args[2], offered)
	}
	for _, a := range actions {
		if a.Title != m.args[2] {
			continue
		}
		if a.Disabled != nil {
			return fmt.Errorf("%v: the action is disabled: %s", m, a.Disabled.Reason)
		}
		edit := a.Edit
		if a.Command != nil {
			if edit, err = r.execute(a.Command); err != nil {
				return fmt.Errorf("%v: %v", m, err)
			}
		}
		changed, err := r.apply(edit)
		if err != nil {
			return fmt.Errorf("%v: %v", m, err)
		}
		return r.compareGolden(m, golden, changed)
	}
	return fmt.Errorf("%v: no action %q among %q", m, m.args[2], titles)
}

func (r *requests) noAction(m *marker) error {
	if err := args(m, 3, 4, `noAction(location, "kind", "title"[, "reason"])`); err != nil {
		return err
	}
	actions, err := r.codeActions(m)
	if err != nil {
		return err
	}
	for _, a := range actions {
		if a.Title != m.args[2] {
			continue
		}
		if a.Disabled == nil {
			return fmt.Errorf("%v: the action is offered", m)
		}
		if len(m.args) == 4 && a.Disabled.Reason != m.args[3] {
			return fmt.Errorf("%v: disabled because %q, want %q", m, a.Disabled.Reason, m.args[3])
		}
		return nil
	}
	if len(m.args) == 4 {
		return fmt.Errorf("%v: the action is not offered, want it disabled", m)
	}
	return nil
}

// execute runs a command and returns the edit it asked the client to
// apply.
func (r *requests) execute(cmd *protocol.Command) (json.RawMessage, error) {
	before := len(r.s.Received(protocol.MethodWorkspaceApplyEdit))
	if err := r.s.Call(protocol.MethodWorkspaceExecuteCommand, protocol.ExecuteCommandParams{Command: cmd.Command, Arguments: cmd.Arguments}, nil); err != nil {
		return nil, err
	}
	edits := r.s.Received(protocol.MethodWorkspaceApplyEdit)
	if len(edits) != before+1 {
		return nil, fmt.Errorf("%s asked for %d edits, want 1", cmd.Command, len(edits)-before)
	}
	var p struct {
		Edit json.RawMessage `json:"edit"`
	}
	if err := json.Unmarshal(edits[len(edits)-1].Params, &p); err != nil {
		return nil, err
	}
	return p.Edit, nil
}

// apply applies a workspace edit to the archive's files and renders the
// files it changes, each as "== name ==" (or "== name (created) ==") and
// its new content.
func (r *requests) apply(raw json.RawMessage) (string, error) {
	var we struct {
		Changes         map[protocol.DocumentURI][]protocol.TextEdit `json:"changes"`
		DocumentChanges []struct {
			Kind         string `json:"kind"`
			URI          protocol.DocumentURI
			TextDocument struct {
				URI     protocol.DocumentURI `json:"uri"`
				Version *int32               `json:"version"`
			} `json:"textDocument"`
			Edits []protocol.TextEdit `json:"edits"`
		} `json:"documentChanges"`
	}
	if err := json.Unmarshal(raw, &we); err != nil {
		return "", fmt.Errorf("malformed workspace edit: %v: %s", err, raw)
	}
	files := map[string]*token.File{}
	for name, f := range r.files {
		files[name] = f
	}
	changed := map[string][]byte{}
	created := map[string]bool{}
	edit := func(uri protocol.DocumentURI, edits []protocol.TextEdit) error {
		name := strings.TrimPrefix(string(uri), "file://"+markerRoot+"/")
		f := files[name]
		if f == nil {
			return fmt.Errorf("an edit of %s, which does not exist", uri)
		}
		type byteEdit struct {
			start, end token.Pos
			text       string
		}
		var bes []byteEdit
		for _, e := range edits {
			s, err1 := f.LSPOffset(int(e.Range.Start.Line), int(e.Range.Start.Character), r.enc)
			end, err2 := f.LSPOffset(int(e.Range.End.Line), int(e.Range.End.Character), r.enc)
			if err1 != nil || err2 != nil {
				return fmt.Errorf("%s: invalid range %v", name, e.Range)
			}
			bes = append(bes, byteEdit{s, end, e.NewText})
		}
		sort.Slice(bes, func(i, j int) bool { return bes[i].start > bes[j].start })
		src := string(f.Source())
		for i, e := range bes {
			if i > 0 && e.end > bes[i-1].start {
				return fmt.Errorf("%s: overlapping edits", name)
			}
			src = src[:e.start] + e.text + src[e.end:]
		}
		changed[name] = []byte(src)
		return nil
	}
	for uri, edits := range we.Changes {
		if err := edit(uri, edits); err != nil {
			return "", err
		}
	}
	for _, dc := range we.DocumentChanges {
		if dc.Kind == "create" {
			name := strings.TrimPrefix(string(dc.URI), "file://"+markerRoot+"/")
			if files[name] != nil {
				return "", fmt.Errorf("creates %s, which exists", name)
			}
			files[name] = token.NewFile(name, nil)
			created[name] = true
			continue
		}
		name := strings.TrimPrefix(string(dc.TextDocument.URI), "file://"+markerRoot+"/")
		wantVersion := slices.Contains(r.ws.open, name)
		if (dc.TextDocument.Version != nil) != wantVersion || wantVersion && *dc.TextDocument.Version != 1 {
			return "", fmt.Errorf("edit of %s with version %v (open: %v)", name, dc.TextDocument.Version, wantVersion)
		}
		if err := edit(dc.TextDocument.URI, dc.Edits); err != nil {
			return "", err
		}
	}
	var b strings.Builder
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for n := range changed {
			if !yield(n) {
				return
			}
		}
	}) {
		if created[name] {
			fmt.Fprintf(&b, "== %s (created) ==\n%s", name, changed[name])
		} else {
			fmt.Fprintf(&b, "== %s ==\n%s", name, changed[name])
		}
	}
	return b.String(), nil
}

func (r *requests) symbols(m *marker) error {
	if err := args(m, 1, 1, "symbols(golden)"); err != nil {
		return err
	}
	golden, err := r.golden(m, m.args[0])
	if err != nil {
		return err
	}
	uri := protocol.DocumentURI(r.ws.uri(m.file))
	var syms []protocol.DocumentSymbol
	if err := r.s.Call(protocol.MethodTextDocumentDocumentSymbol, protocol.DocumentSymbolParams{TextDocument: protocol.TextDocumentIdentifier{URI: uri}}, &syms); err != nil {
		return fmt.Errorf("%v: %v", m, err)
	}
	var b strings.Builder
	var render func(syms []protocol.DocumentSymbol, indent string) error
	render = func(syms []protocol.DocumentSymbol, indent string) error {
		for _, s := range syms {
			full, err1 := r.span(uri, s.Range)
			sel, err2 := r.span(uri, s.SelectionRange)
			if err1 != nil || err2 != nil {
				return fmt.Errorf("%v: invalid ranges of %s", m, s.Name)
			}
			if sel.start < full.start || sel.end > full.end {
				return fmt.Errorf("%v: the selection of %s is outside its range", m, s.Name)
			}
			f := r.files[m.file]
			fmt.Fprintf(&b, "%s%s %v %q lines %d-%d, name at %s\n", indent, s.Name, s.Kind, s.Detail,
				f.Position(token.Pos(full.start)).Line, f.Position(token.Pos(full.end)).Line, r.describe(sel))
			if err := render(s.Children, indent+"  "); err != nil {
				return err
			}
		}
		return nil
	}
	if err := render(syms, ""); err != nil {
		return err
	}
	return r.compareGolden(m, golden, b.String())
}

func (r *requests) inlay(m *marker) error {
	if err := args(m, 1, 1, "inlay(golden)"); err != nil {
		return err
	}
	golden, err := r.golden(m, m.args[0])
	if err != nil {
		return err
	}
	f := r.files[m.file]
	uri := protocol.DocumentURI(r.ws.uri(m.file))
	var hints []struct {
		Position protocol.Position `json:"position"`
		Label    string            `json:"label"`
		Tooltip  *struct {
			Value string `json:"value"`
		} `json:"tooltip"`
	}
	params := map[string]any{"textDocument": map[string]any{"uri": uri}, "range": r.lspRange(span{m.file, 0, f.Size()})}
	if err := r.s.Call("textDocument/inlayHint", params, &hints); err != nil {
		return fmt.Errorf("%v: %v", m, err)
	}
	type at struct {
		pos  int
		text string
	}
	var ins []at
	for _, h := range hints {
		pos, err := f.LSPOffset(int(h.Position.Line), int(h.Position.Character), r.enc)
		if err != nil {
			return fmt.Errorf("%v: invalid position %v", m, h.Position)
		}
		text := "⟨" + h.Label
		if h.Tooltip != nil {
			text += " | " + h.Tooltip.Value
		}
		ins = append(ins, at{int(pos), text + "⟩"})
	}
	sort.SliceStable(ins, func(i, j int) bool { return ins[i].pos > ins[j].pos })
	src := string(f.Source())
	for _, in := range ins {
		src = src[:in.pos] + in.text + src[in.pos:]
	}
	return r.compareGolden(m, golden, src)
}
