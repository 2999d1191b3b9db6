package policy

import (
	"cmp"
	"context"
	"maps"
	"path"
	"slices"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/lsp/syntax"
	"github.com/secrets-lsp/secrets-lsp/nixparse"
	"github.com/secrets-lsp/secrets-lsp/nixparse/scanner"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Diagnose implements feature.Provider: the analysis' diagnostics of every
// flake, in any file, and the syntax errors of the open Nix documents.
func (p *Provider) Diagnose(ctx context.Context, snap feature.Snapshot) ([]feature.Diagnostic, error) {
	results, err := p.analyse(ctx, snap)
	if err != nil {
		return nil, err
	}
	ds, err := p.diagnostics(ctx, snap, results, nil)
	p.followTokens(snap)
	p.warmTokens(snap)
	return ds, err
}

// diagnostics converts the diagnostics of the analyses of snap (those of
// quick instead of the analysis', by flake directory) and adds the syntax
// errors of the open Nix documents no analysis read.
func (p *Provider) diagnostics(ctx context.Context, snap feature.Snapshot, results map[string]*analysis.Result, quick map[string][]analysis.Diagnostic) ([]feature.Diagnostic, error) {
	var out []feature.Diagnostic
	parsed := map[string]bool{} // Nix files whose syntax errors an analysis reported
	readable := readability(snap)
	for _, dir := range slices.Sorted(maps.Keys(results)) {
		res := results[dir]
		for _, f := range res.Files() {
			parsed[f] = true
		}
		ds, ok := quick[dir]
		if !ok {
			ds = res.Diagnostics
		}
		syntaxErrs := map[string]nixparse.ErrorList{}
		for _, d := range ds {
			if d.Code == analysis.CodeSyntax {
				syntaxErrs[d.File] = append(syntaxErrs[d.File], &nixparse.Error{Pos: token.Position{Filename: d.File, Offset: int(d.Start)}, Msg: d.Message})
				continue
			}
			out = append(out, diagnostic(d, readable))
		}
		for _, f := range slices.Sorted(maps.Keys(syntaxErrs)) {
			tf := res.File(f)
			if ok {
				// A quick answer is of snap's version, which may not be
				// the one analysed (analysis.Result.Broken).
				tf, _ = snap.File(f)
			}
			if tf != nil {
				errs := syntaxErrs[f]
				out = append(out, syntax.FromErrorsAfter(f, tf, errs, p.restartBefore(f, tf.Source(), firstError(errs)))...)
			}
		}
	}
	syn, err := p.syntaxOfOpenFiles(ctx, snap, parsed)
	return append(out, syn...), err
}

// restartBefore returns a token of src that ends before pos, after which
// the lexer is in its initial state, from the token list kept for path
// (which may be of another version of it); nil when it knows none.
func (p *Provider) restartBefore(path string, src []byte, pos token.Pos) *scanner.Token {
	p.tokensMu.Lock()
	defer p.tokensMu.Unlock()
	tl := p.tokens[path]
	if tl == nil {
		return nil
	}
	n := tl.kept(src, diffTexts(tl.src, src), pos)
	if n == 0 {
		return nil
	}
	k := tl.toks[n-1]
	return &scanner.Token{Kind: k.kind, Pos: k.pos, End: k.end}
}

func firstError(errs nixparse.ErrorList) token.Pos {
	first := token.Pos(errs[0].Pos.Offset)
	for _, e := range errs[1:] {
		first = min(first, token.Pos(e.Pos.Offset))
	}
	return first
}

// warmTokens scans the open Nix documents when no completion has asked
// for their tokens yet (the first diagnosis of a session): the first
// completion far into a 10,000-line file would otherwise wait for tens of
// milliseconds of scanning, and scanning later in the background would
// slow the first requests down as much. Completions keep the list of the
// document they are in up to date from then on.
func (p *Provider) warmTokens(snap feature.Snapshot) {
	p.tokensMu.Lock()
	defer p.tokensMu.Unlock()
	if len(p.tokens) > 0 {
		return
	}
	for _, name := range snap.OpenFiles() {
		if f, err := snap.File(name); err == nil && path.Ext(name) == ".nix" {
			tl := newTokenList(f.Source(), nil)
			// Presized (Nix has a token per 3-4 bytes): growing a slice of
			// megabytes step by step allocates five times its size.
			tl.toks = make([]tok, 0, len(f.Source())/3+16)
			// Walked to the end, leaving the checkpoints from which a
			// completion right after a keystroke reads its context
			// (contextIn): a millisecond, once.
			tl.contextAt(token.Pos(len(f.Source())))
			p.tokens[name] = tl
		}
	}
	p.tokensOf = snap.ID()
}

// followTokens brings the token list kept for completion up to the
// version diagnosed, rescanning only what changed: the next completion
// then sees one small change, even if the document changed in several
// places since the last one.
func (p *Provider) followTokens(snap feature.Snapshot) {
	p.tokensMu.Lock()
	defer p.tokensMu.Unlock()
	if snap.ID() < p.tokensOf {
		return
	}
	p.tokensOf = snap.ID()
	for path, tl := range p.tokens {
		if f, err := snap.File(path); err == nil {
			next := newTokenList(f.Source(), tl)
			next.settle()
			p.tokens[path] = next
		}
	}
}

// syntaxOfOpenFiles parses the open Nix documents that no analysis read,
// remembering the answer for each version.
func (p *Provider) syntaxOfOpenFiles(ctx context.Context, snap feature.Snapshot, parsed map[string]bool) ([]feature.Diagnostic, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []feature.Diagnostic
	keep := map[string]bool{}
	for _, name := range snap.OpenFiles() {
		if path.Ext(name) != ".nix" || parsed[name] {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		f, err := snap.File(name)
		if err != nil {
			return nil, err
		}
		keep[name] = true
		r, ok := p.syntax[name]
		if !ok || r.file != f {
			r = syntaxDiag{file: f, diags: syntax.Check(name, f, cmp.Or(snap.FSRoot(), "/"))}
			p.syntax[name] = r
		}
		out = append(out, r.diags...)
	}
	for name := range p.syntax {
		if !keep[name] {
			delete(p.syntax, name)
		}
	}
	return out, nil
}

// readability returns whether a file is in the snapshot (related places
// may be in the module's own file, which is not), memoized.
func readability(snap feature.Snapshot) func(string) bool {
	known := map[string]bool{}
	return func(name string) bool {
		ok, seen := known[name]
		if !seen {
			_, err := snap.Stat(name)
			ok = err == nil
			known[name] = ok
		}
		return ok
	}
}

// diagnostic converts one of the analysis' diagnostics. The hint (the name
// a typo meant) follows Nix's message on a line of its own.
func diagnostic(d analysis.Diagnostic, readable func(string) bool) feature.Diagnostic {
	fd := feature.Diagnostic{
		Span:     spanOf(d.Span),
		Severity: severity(d.Severity),
		Code:     d.Code,
		Message:  d.Message,
	}
	if d.Hint != "" {
		fd.Message += "\n" + d.Hint
	}
	for _, r := range d.Related {
		if readable(r.File) {
			fd.Related = append(fd.Related, feature.Related{Span: spanOf(r.Span), Message: r.Message})
		}
	}
	return fd
}

func severity(s analysis.Severity) feature.Severity {
	switch s {
	case analysis.SeverityWarning:
		return feature.SeverityWarning
	case analysis.SeverityInfo:
		return feature.SeverityInfo
	case analysis.SeverityHint:
		return feature.SeverityHint
	}
	return feature.SeverityError
}
