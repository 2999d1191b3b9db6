package policy

import (
	"context"
	"fmt"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Symbols implements feature.Symbolizer: the groups defined in the file,
// each with its recipients and secrets.
func (p *Provider) Symbols(ctx context.Context, snap feature.Snapshot, path string) ([]feature.Symbol, error) {
	res, err := p.resultFor(ctx, snap, path)
	if err != nil || res == nil {
		return nil, err
	}
	if old, mv, ok := p.keptFor(snap, path, res); ok {
		return symbols(old, nil, mv.symbols(old.Symbols(path))), nil
	}
	return symbols(res, nil, res.Symbols(path)), nil
}

func symbols(res *analysis.Result, group *analysis.Group, in []analysis.Symbol) []feature.Symbol {
	out := make([]feature.Symbol, len(in))
	for i, s := range in {
		var children []feature.Symbol
		switch s.Kind {
		case analysis.SymbolGroup:
			children = symbols(res, res.Policy.Group(s.Name), s.Children)
		case analysis.SymbolSecret:
			switch sec := group.Secret(s.Name); {
			case sec == nil:
			case len(sec.SelectionErrors()) > 0:
				s.Detail = "selection in error"
			case sec.RecipientsKnown:
				s.Detail = plural(len(sec.Recipients), "recipient")
			}
		}
		fs := feature.Symbol{
			Name:           s.Name,
			Detail:         s.Detail,
			Kind:           symbolKind(s.Kind),
			Start:          s.Span.Start,
			End:            s.Span.End,
			SelectionStart: s.Selection.Start,
			SelectionEnd:   s.Selection.End,
			Children:       children,
		}
		// A recipient built by a function is defined away from its name:
		// the outline shows it where its name is.
		if s.Span.File != s.Selection.File || fs.SelectionStart < fs.Start || fs.SelectionEnd > fs.End {
			fs.Start, fs.End = fs.SelectionStart, fs.SelectionEnd
		}
		// A group's range holds its children's, as editors expect to
		// follow the cursor through the outline.
		for _, c := range fs.Children {
			fs.Start, fs.End = min(fs.Start, c.Start), max(fs.End, c.End)
		}
		out[i] = fs
	}
	return out
}

func symbolKind(k analysis.SymbolKind) protocol.SymbolKind {
	switch k {
	case analysis.SymbolGroup:
		return protocol.SymbolKindNamespace
	case analysis.SymbolRecipient:
		return protocol.SymbolKindField
	}
	return protocol.SymbolKindKey
}

// InlayHints implements feature.InlayHinter: after the name of each secret
// written in the range, how many recipients can decrypt it. While the
// document is broken they come from the kept analysis in which it parsed,
// so that the hints do not vanish and come back around each keystroke.
func (p *Provider) InlayHints(ctx context.Context, snap feature.Snapshot, path string, start, end token.Pos) ([]feature.InlayHint, error) {
	res, err := p.resultFor(ctx, snap, path)
	if err != nil || res == nil {
		return nil, err
	}
	var mv *moved
	if old, m, ok := p.keptFor(snap, path, res); ok {
		res, mv = old, m
	}
	var out []feature.InlayHint
	for _, g := range res.Policy.Groups {
		for _, s := range g.Secrets {
			for _, k := range s.Keys {
				k, known := mv.span(k)
				if !known || k.File != path || k.End < start || k.End > end {
					continue
				}
				out = append(out, countHint(s, k.End))
				break // once per file
			}
		}
	}
	return out, nil
}

// countHint is "3 recipients", with who they are as its tooltip.
func countHint(s *analysis.Secret, at token.Pos) feature.InlayHint {
	h := feature.InlayHint{Pos: at, PaddingLeft: true}
	if errs := s.SelectionErrors(); len(errs) > 0 {
		h.Label = "selection in error"
		h.Tooltip = "Nix fails on the recipients of this secret: " + strings.Join(errs, "\n")
		return h
	}
	if !s.RecipientsKnown {
		h.Label = "? recipients"
		h.Tooltip = "The recipients of this secret are not known statically."
		return h
	}
	h.Label = plural(len(s.Recipients), "recipient")
	admins, targets, _ := s.Counts()
	names := selectedNames(s)
	h.Tooltip = fmt.Sprintf("%s, %s: %s", plural(admins, "admin"), plural(targets, "target"), nameList(names))
	if len(names) == 0 {
		h.Tooltip = strings.TrimSuffix(h.Tooltip, ": none")
	}
	return h
}
