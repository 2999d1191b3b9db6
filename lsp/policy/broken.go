package policy

import (
	"slices"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Typing a string without an editor that closes quotes leaves the document
// broken for a few keystrokes: each one is answered with the document's
// syntax errors, from a parse (analysis.Result.Broken). The keystroke
// that mends it (the closing quote) is answered, when it can be, from the
// newest analysis in which the document parsed, kept while the document is
// broken: the analyses since are of broken versions, and Reselect relates
// no text to theirs.

// parsedBase is the newest analysis in which path parsed, kept while path
// is broken in every analysis since and nothing else changed.
type parsedBase struct {
	a    *analysed
	path string
}

// quickBroken answers a version of file that the newest finished analysis
// base cannot Reselect: with its syntax errors when it has some, or, when
// it parses again, with Reselect from the kept analysis in which it
// parsed. It returns the analysis the answer comes from.
func (p *Provider) quickBroken(snap feature.Snapshot, base *analysed, res *analysis.Result, file string, f *token.File) (*analysed, *analysis.Result, []analysis.Diagnostic, bool) {
	p.mu.Lock()
	last := p.typed
	p.mu.Unlock()
	ds, ok := []analysis.Diagnostic(nil), false
	if last.base == base && last.path == file {
		if changed, same := onlyChange(last.snap, snap); same && changed == file {
			ds, ok = analysis.Restring(last.text, f.Source(), file, last.diags)
		}
	}
	if !ok {
		ds, ok = res.Broken(snap, file)
	}
	if ok {
		p.mu.Lock()
		p.typed = brokenAnswer{base: base, snap: snap, path: file, text: f.Source(), diags: ds}
		p.mu.Unlock()
		return base, res, ds, true
	}
	p.mu.Lock()
	kept := p.parsed
	p.mu.Unlock()
	if kept.a == nil || kept.a == base || kept.path != file {
		return nil, nil, nil, false
	}
	if changed, ok := onlyChange(kept.a.snap, snap); !ok || changed != file {
		return nil, nil, nil, false
	}
	res = onlyReader(kept.a.results, file)
	if res == nil {
		return nil, nil, nil, false
	}
	ds, ok = res.Reselect(snap, file, f.Source())
	return kept.a, res, ds, ok
}

// brokenAnswer is a version of a document answered with its syntax
// errors, from the analysis base.
type brokenAnswer struct {
	base  *analysed
	snap  feature.Snapshot
	path  string
	text  []byte
	diags []analysis.Diagnostic
}

// onlyReader returns the result of the one flake that reads file, or nil
// when none or several do.
func onlyReader(results map[string]*analysis.Result, file string) *analysis.Result {
	res := analysis.ResultFor(results, file)
	if res == nil {
		return nil
	}
	for _, other := range results {
		if other != res && other.File(file) != nil {
			return nil
		}
	}
	return res
}

// keepParsed updates the kept analysis as a finishes: the one before it
// (or the one kept already) stays when a differs from it in one document
// only, which parsed there and is broken in a. p.mu is held.
func (p *Provider) keepParsed(a *analysed) {
	cand := p.parsed
	p.parsed = parsedBase{}
	if cand.a == nil {
		cand.a = p.newestFinished(a.id)
	}
	if cand.a == nil || cand.a.results == nil {
		return
	}
	file, ok := onlyChange(cand.a.snap, a.snap)
	if !ok || cand.path != "" && cand.path != file {
		return
	}
	if parses(cand.a.results, file) && !parses(a.results, file) {
		p.parsed = parsedBase{a: cand.a, path: file}
	}
}

// dropBroken forgets the finished analyses while a kept one stands in for
// them (newestFinished): they are of broken versions of its document, and
// three analyses of a large policy (the kept one, the newest finished
// one, and the one a new version starts) would hold more memory than the
// server may use. p.mu is held.
func (p *Provider) dropBroken() {
	if p.parsed.a != nil {
		p.analyses = slices.DeleteFunc(p.analyses, (*analysed).finished)
		p.releaseReselected()
	}
}

// releaseReselected forgets the versions quick diagnoses answered when
// the analysis they answered from is forgotten: they would hold that
// analysis, tens of megabytes, for nothing (reselectedResult and
// quickBroken answer from the newest finished analysis only). p.mu is
// held.
func (p *Provider) releaseReselected() {
	held := func(a *analysed) bool { return a == p.parsed.a || slices.Contains(p.analyses, a) }
	if b := p.reselected.base; b != nil && !held(b) {
		p.reselected = reselection{}
	}
	if b := p.typed.base; b != nil && !held(b) {
		p.typed = brokenAnswer{}
	}
}

// parses reports whether the one flake that reads file read it as Nix
// without a syntax error.
func parses(results map[string]*analysis.Result, file string) bool {
	res := onlyReader(results, file)
	return res != nil && res.File(file) != nil && !brokenIn(res, file)
}

// brokenIn reports whether res found a syntax error in file.
func brokenIn(res *analysis.Result, file string) bool {
	for _, d := range res.Diagnostics {
		if d.File == file && d.Code == analysis.CodeSyntax {
			return true
		}
	}
	return false
}

// While a document is broken, the analysis of the flake is its syntax
// errors alone (the policy is unknown): hover, completion, definition,
// references and the outline answer from the kept analysis in which the
// document parsed, at the places the change since leaves where they were.

// moved relates the places of the kept analysis an answer comes from to
// the text of the snapshot asked about; nil when the answer comes from the
// snapshot's own analysis.
type moved struct {
	path string
	m    editMap
}

// span returns s in the new text; ok is false when s overlaps the text
// changed since, whose new version the kept analysis does not know.
func (mv *moved) span(s analysis.Span) (analysis.Span, bool) {
	if mv == nil || s.File != mv.path || s.End <= mv.m.Start {
		return s, true
	}
	if s.Start < mv.m.OldEnd {
		return analysis.Span{}, false
	}
	d := mv.m.NewEnd - mv.m.OldEnd
	s.Start, s.End = s.Start+d, s.End+d
	return s, true
}

// spans returns the places of ss known in the new text, there.
func (mv *moved) spans(ss []feature.Span) []feature.Span {
	out := ss[:0]
	for _, s := range ss {
		if at, ok := mv.span(analysis.Span{File: s.File, Start: s.Start, End: s.End}); ok {
			out = append(out, spanOf(at))
		}
	}
	return out
}

// symbols returns the symbols of ss known in the new text, there.
func (mv *moved) symbols(ss []analysis.Symbol) []analysis.Symbol {
	out := ss[:0:0]
	for _, s := range ss {
		span, ok1 := mv.span(s.Span)
		sel, ok2 := mv.span(s.Selection)
		if ok1 && ok2 {
			s.Span, s.Selection, s.Children = span, sel, mv.symbols(s.Children)
			out = append(out, s)
		}
	}
	return out
}

// keptFor returns the kept analysis in which path parsed, with how its
// places moved since, when res, the analysis of snap, is broken in path
// and path is the one document that changed since the kept analysis.
func (p *Provider) keptFor(snap feature.Snapshot, path string, res *analysis.Result) (*analysis.Result, *moved, bool) {
	if res == nil || !brokenIn(res, path) {
		return nil, nil, false
	}
	p.mu.Lock()
	kept := p.parsed
	p.mu.Unlock()
	if kept.a == nil || kept.path != path {
		return nil, nil, false
	}
	if changed, ok := onlyChange(kept.a.snap, snap); !ok || changed != path {
		return nil, nil, false
	}
	old := onlyReader(kept.a.results, path)
	f, err := snap.File(path)
	if old == nil || old.File(path) == nil || err != nil {
		return nil, nil, false
	}
	return old, &moved{path: path, m: diffTexts(old.File(path).Source(), f.Source())}, true
}
