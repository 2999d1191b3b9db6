package policy

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/lsp/syntax"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// CommandWriteSopsYAML is the command that regenerates a flake's
// .sops.yaml from its policy. Its argument is the flake's directory, as the
// code action gives it; without one, the workspace must hold one flake.
const CommandWriteSopsYAML = "secrets-lsp.writeSopsYaml"

// moduleImport is what a flake imports to have its policy checked.
const moduleImport = "inputs.secrets-lsp.flakeModules.default"

// CodeActions implements feature.CodeActioner: the fixes of the analysis'
// diagnostics in the range (a misspelled name or option replaced by the
// one meant, the secrets-lsp module imported where it is missing), and the
// source action that regenerates .sops.yaml.
func (p *Provider) CodeActions(ctx context.Context, snap feature.Snapshot, file string, start, end token.Pos) ([]feature.CodeAction, error) {
	res, err := p.resultFor(ctx, snap, file)
	if err != nil || res == nil {
		return nil, err
	}
	var out []feature.CodeAction
	readable := readability(snap)
	// One literal read by several secrets carries a diagnostic for each,
	// with the same fix: the menu offers it once.
	offered := map[string]bool{}
	for _, d := range res.Diagnostics {
		if d.File != file || d.End < start || d.Start > end {
			continue
		}
		fd := diagnostic(d, readable)
		for _, fix := range d.Fixes {
			a := feature.CodeAction{Title: fix.Title, Kind: protocol.QuickFix, Fixes: &fd, Preferred: len(d.Fixes) == 1}
			for _, e := range fix.Edits {
				a.Edits = append(a.Edits, feature.TextEdit{Span: spanOf(e.Span), NewText: e.NewText})
			}
			if key := fmt.Sprint(a.Title, a.Edits); !offered[key] {
				offered[key] = true
				out = append(out, a)
			}
		}
		if d.Code == analysis.CodeModuleNotImported {
			if e, ok := importModuleEdit(snap, res.Dir); ok {
				out = append(out, feature.CodeAction{Title: "Import the secrets-lsp flake module (" + moduleImport + ")", Kind: protocol.QuickFix, Fixes: &fd, Preferred: true, Edits: []feature.TextEdit{e}})
			}
		}
	}
	out = append(out, p.quoteNameActions(snap, res, file, start, end)...)
	return append(out, writeSopsYAMLAction(snap, res)), nil
}

// quoteNameActions quote the names written as variables in a secret's
// admins or targets (`targets = [ cdn2 ]`, an undefined variable) in the
// range, each when it is a name that list may hold: a recipient of the
// group the tokens say the list is in, in the analysis (or the one kept
// from before the file broke).
func (p *Provider) quoteNameActions(snap feature.Snapshot, res *analysis.Result, file string, start, end token.Pos) []feature.CodeAction {
	f, err := snap.File(file)
	// Editors ask at each move of the cursor: the file is parsed again
	// only when the range starts in an admins or targets list.
	if err != nil || path.Ext(file) != ".nix" || p.cursorContext(snap, file, f, start).list == nil {
		return nil
	}
	if old, _, ok := p.keptFor(snap, file, res); ok {
		res = old
	}
	var out []feature.CodeAction
	for _, d := range syntax.Check(file, f, "/") {
		name, ok := strings.CutPrefix(d.Message, "undefined variable '")
		name, ok2 := strings.CutSuffix(name, "'")
		if d.Code != syntax.CodeUndefinedVariable || !ok || !ok2 || d.End < start || d.Start > end {
			continue
		}
		cc := p.cursorContext(snap, file, f, d.Start)
		if cc.list == nil {
			continue
		}
		g := groupOf(res, cc.list.group)
		if g == nil || !slices.ContainsFunc(candidatesOf(g, cc.list.role), func(c analysis.Candidate) bool { return c.Name == name }) {
			continue
		}
		quoted := eval.EscapeNixString(name)
		out = append(out, feature.CodeAction{
			Title: "Quote " + quoted + " (a recipient name, not a variable)", Kind: protocol.QuickFix, Fixes: &d, Preferred: true,
			Edits: []feature.TextEdit{{Span: d.Span, NewText: quoted}},
		})
	}
	return out
}

// importModuleEdit adds the secrets-lsp module to the first imports list of
// the flake's flake.nix, when the flake has the input and binds inputs.
func importModuleEdit(snap feature.Snapshot, dir string) (feature.TextEdit, bool) {
	name := path.Join(dir, "flake.nix")
	f, err := snap.File(name)
	if err != nil {
		return feature.TextEdit{}, false
	}
	src := f.Source()
	if !bytes.Contains(src, []byte("secrets-lsp")) || !bytes.Contains(src, []byte("inputs@")) && !bytes.Contains(src, []byte("@inputs")) {
		return feature.TextEdit{}, false
	}
	toks := newTokenList(src, nil).upTo(token.Pos(len(src)))
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].kind == token.ID && string(src[toks[i].pos:toks[i].end]) == "imports" && toks[i+1].kind == token.ASSIGN && toks[i+2].kind == token.LBRACK {
			at := toks[i+2].end
			return feature.TextEdit{Span: feature.Span{File: name, Start: at, End: at}, NewText: " " + moduleImport}, true
		}
	}
	return feature.TextEdit{}, false
}

// writeSopsYAMLAction is the source action that regenerates .sops.yaml, or
// says why it cannot.
func writeSopsYAMLAction(snap feature.Snapshot, res *analysis.Result) feature.CodeAction {
	a := feature.CodeAction{
		Title:   "Regenerate .sops.yaml from flake.secrets",
		Kind:    protocol.Source,
		Command: &feature.Command{Title: "Regenerate .sops.yaml", Name: CommandWriteSopsYAML, Args: []any{res.Dir}},
	}
	switch edit, err := sopsYAMLEdit(snap, res); {
	case err != nil:
		a.Disabled = err.Error()
	case edit == nil:
		a.Disabled = ".sops.yaml is up to date"
	}
	return a
}

// sopsYAMLEdit returns the edit that makes the flake's .sops.yaml the one
// its policy generates (creating it if needed), nil if it already is, or a
// Refusal saying why it cannot be generated.
func sopsYAMLEdit(snap feature.Snapshot, res *analysis.Result) (*feature.TextEdit, error) {
	if !res.SopsYAMLKnown {
		if res.HasErrors() {
			return nil, feature.Refuse("cannot generate .sops.yaml: the policy has errors")
		}
		return nil, feature.Refuse("cannot generate .sops.yaml: it depends on values the analysis cannot know")
	}
	name := path.Join(res.Dir, ".sops.yaml")
	f, err := snap.File(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &feature.TextEdit{Span: feature.Span{File: name}, NewText: res.SopsYAML()}, nil
	case err != nil:
		return nil, err
	case string(f.Source()) == res.SopsYAML():
		return nil, nil
	}
	return &feature.TextEdit{Span: feature.Span{File: name, Start: 0, End: token.Pos(f.Size())}, NewText: res.SopsYAML()}, nil
}

// Commands implements feature.Commander.
func (*Provider) Commands() []string { return []string{CommandWriteSopsYAML} }

// ExecuteCommand implements feature.Commander: the edit that regenerates the
// .sops.yaml of the flake given as argument.
func (p *Provider) ExecuteCommand(ctx context.Context, snap feature.Snapshot, name string, args []json.RawMessage) (*feature.WorkspaceEdit, error) {
	results, err := p.analyse(ctx, snap)
	if err != nil {
		return nil, err
	}
	var res *analysis.Result
	switch {
	case len(args) > 0:
		var dir string
		if json.Unmarshal(args[0], &dir) != nil {
			return nil, feature.Refuse("%s: the argument must be a flake's directory", name)
		}
		if res = results[dir]; res == nil {
			return nil, feature.Refuse("%s: no flake with a policy is open in %s", name, dir)
		}
	case len(results) == 1:
		for _, r := range results {
			res = r
		}
	default:
		return nil, feature.Refuse("%s: %d flakes are open; say which one (the flake's directory as argument)", name, len(results))
	}
	edit, err := sopsYAMLEdit(snap, res)
	if err != nil || edit == nil {
		return nil, err
	}
	return &feature.WorkspaceEdit{Label: "Regenerate .sops.yaml", Edits: []feature.TextEdit{*edit}}, nil
}
