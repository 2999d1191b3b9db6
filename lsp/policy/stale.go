package policy

import (
	"bytes"
	"context"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// While the user types, the analysis of each new version takes longer than
// a completion may. A completion asked before the analysis of its snapshot
// is done is answered from the newest finished analysis, when the document
// differs from the version it analysed in one small region within a line
// (what typing a name does) that cannot change the names offered: the
// names of a group come from it, and an item at the cursor is looked up at
// the cursor's position in the old version, known exactly when the cursor
// is outside that region or at its edge. The change must be one of the
// names secrets select that the analysis proves went nowhere else, with
// no other file changed (analysis.Result.ReselectSelection): what a
// secret selects is no group's names. While the document is broken, the analysis kept from the
// version that parsed answers, as it does once the broken version is
// analysed (broken.go). Any other change waits for the new analysis
// (TestCompletionRightAfterEdits).

// maxTyped is the largest change, in bytes, answered from the analysis of
// the version before it.
const maxTyped = 64

// editMap relates offsets of two versions of a text that differ in one
// region.
type editMap struct{ analysis.TextChange }

// diffTexts returns the one region in which old and new differ.
func diffTexts(old, new []byte) editMap { return editMap{analysis.DiffTexts(old, new)} }

// typed reports whether the change is what typing does: a few bytes within
// a line.
func (m editMap) typed(old, new []byte) bool {
	return m.OldEnd-m.Start <= maxTyped && m.NewEnd-m.Start <= maxTyped &&
		!bytes.Contains(old[m.Start:m.OldEnd], []byte("\n")) && !bytes.Contains(new[m.Start:m.NewEnd], []byte("\n"))
}

// back maps an offset of the new text to the old one; ok is false inside
// the changed region, where the old text has no counterpart.
func (m editMap) back(pos token.Pos) (old token.Pos, ok bool) {
	switch {
	case pos <= m.Start:
		return pos, true
	case pos >= m.NewEnd:
		return pos - m.NewEnd + m.OldEnd, true
	}
	return 0, false
}

// itemAtSoon is itemAt, answered from an older analysis when the one of
// snap is not done (see above).
func (p *Provider) itemAtSoon(ctx context.Context, snap feature.Snapshot, path string, pos token.Pos) (*analysis.Result, *analysis.Item, error) {
	if res, m, ok := p.staleResult(snap, path); ok {
		if oldPos, ok := m.back(pos); ok {
			if it := res.At(path, oldPos); it != nil {
				return res, it, nil
			}
		}
		// Maybe something new there: ask the fresh analysis.
	}
	res, it, _, err := p.itemAt(ctx, snap, path, pos)
	return res, it, err
}

// resultSoon is resultFor, answered from an older analysis when the one of
// snap is not done and path changed only by typing since: since the
// version analysed, or since a version a quick diagnosis answered from
// that analysis (it differs from the analysed one in names within
// selections only, so the groups' names are the analysis' ones). The
// latter covers typing in one place right after a change in another.
func (p *Provider) resultSoon(ctx context.Context, snap feature.Snapshot, path string) (*analysis.Result, error) {
	if res, _, ok := p.staleResult(snap, path); ok {
		return res, nil
	}
	if res, ok := p.reselectedResult(snap, path); ok {
		return res, nil
	}
	res, err := p.resultFor(ctx, snap, path)
	if old, _, ok := p.keptFor(snap, path, res); ok {
		return old, nil
	}
	return res, err
}

// reselection is a version of a document that a quick diagnosis answered
// from the analysis base.
type reselection struct {
	base *analysed
	snap feature.Snapshot
	path string
	file *token.File
}

// reselectedResult returns the result of the newest finished analysis for
// path when a quick diagnosis answered a version of path from it, the
// analysis of snap is not done, and path changed only by typing since that
// version.
func (p *Provider) reselectedResult(snap feature.Snapshot, path string) (*analysis.Result, bool) {
	p.mu.Lock()
	r := p.reselected
	newest := p.newestFinished(snap.ID())
	fresh := false
	for _, a := range p.analyses {
		fresh = fresh || a.id == snap.ID() && a.finished()
	}
	p.mu.Unlock()
	if fresh || r.base == nil || r.base != newest || r.path != path {
		return nil, false
	}
	res := analysis.ResultFor(r.base.results, path)
	f, err := snap.File(path)
	if res == nil || err != nil {
		return nil, false
	}
	if r.snap == snap {
		return res, true // the version answered, which kept the names
	}
	if changed, ok := onlyChange(r.snap, snap); !ok || changed != path {
		return nil, false
	}
	m := diffTexts(r.file.Source(), f.Source())
	if !m.typed(r.file.Source(), f.Source()) {
		return nil, false
	}
	// The region in the offsets of the analysis: r.file differs from its
	// version in one region too.
	start, end := m.Start, m.OldEnd
	if mb := diffTexts(res.File(path).Source(), r.file.Source()); start >= mb.NewEnd {
		start, end = start-mb.NewEnd+mb.OldEnd, end-mb.NewEnd+mb.OldEnd
	} else if end > mb.Start {
		return nil, false
	}
	if !inSelection(res, path, start, end) {
		return nil, false
	}
	return res, true
}

// inSelection reports whether the region start..end of path, in the
// offsets of res's version, lies within one name of a secret's admins or
// targets, or within such a list, as the analysis placed them (Result.At
// looks through every item: for a version answered quickly already, not
// on every keystroke).
func inSelection(res *analysis.Result, path string, start, end token.Pos) bool {
	it := res.At(path, start)
	return it != nil && (it.Kind == analysis.ItemRecipientRef || it.Kind == analysis.ItemSlot) &&
		it.Span.File == path && it.Span.Start <= start && end <= it.Span.End
}

// staleResult returns the result of the newest finished analysis for path,
// with the change to path since, when the analysis of snap is not done and
// that change is what typing does.
func (p *Provider) staleResult(snap feature.Snapshot, path string) (*analysis.Result, editMap, bool) {
	p.mu.Lock()
	var newest *analysed
	for _, a := range p.analyses {
		if a.id == snap.ID() && a.finished() {
			p.mu.Unlock()
			return nil, editMap{}, false // the fresh answer is ready
		}
		if a.finished() && (newest == nil || a.id > newest.id) {
			newest = a
		}
	}
	kept := newest == nil || p.parsed.a != nil && p.parsed.path == path && !parses(newest.results, path)
	if kept {
		newest = p.parsed.a // see broken.go
	}
	p.mu.Unlock()
	if newest == nil || newest.id > snap.ID() {
		return nil, editMap{}, false
	}
	res := analysis.ResultFor(newest.results, path)
	if res == nil {
		return nil, editMap{}, false
	}
	old := res.File(path)
	f, err := snap.File(path)
	if old == nil || err != nil {
		return nil, editMap{}, false
	}
	m := diffTexts(old.Source(), f.Source())
	if !m.typed(old.Source(), f.Source()) {
		return nil, editMap{}, false
	}
	if kept {
		// Whatever the edit, the kept analysis answers while the
		// document is broken, if path is the only change since.
		if changed, ok := onlyChange(newest.snap, snap); !ok || changed != path {
			return nil, editMap{}, false
		}
	} else if _, ok := res.ReselectSelection(snap, path, f.Source()); !ok {
		return nil, editMap{}, false
	}
	return res, m, true
}

// finished reports whether the analysis is done, without waiting.
func (a *analysed) finished() bool {
	select {
	case <-a.done:
		return true
	default:
		return false
	}
}
