package policy

import (
	"bytes"
	"path"
	"sort"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Definitions Nix discards (lib.mkIf false, a mkMerge branch turned off)
// are in no analysis' result, yet their lists name recipients, and keeping
// them later (flipping the flag) makes those names select: a rename
// changes them too. The tokens tell such a list (selectionOf), as they do
// for completion.

// literalAt returns the plain string literal (no escape, no
// interpolation) of the tokens of tl whose text or quotes hold pos: its
// span, quotes included, and whether there is one.
func literalAt(tl *tokenList, pos token.Pos) (start, end token.Pos, ok bool) {
	toks := tl.upTo(pos + 1)
	// The first token that ends at or after pos: the opening quote, the
	// text or the closing quote of the literal, if pos is on one.
	k := sort.Search(len(toks), func(i int) bool { return toks[i].end >= pos })
	for open := k - 2; open <= k; open++ {
		if start, end, ok := plainLiteral(tl, open); ok && start <= pos && pos <= end {
			return start, end, true
		}
	}
	return 0, 0, false
}

// plainLiteral reports whether token i of tl opens a string of one plain
// text: QUOTE, STR without escapes, QUOTE.
func plainLiteral(tl *tokenList, i int) (start, end token.Pos, ok bool) {
	if i < 0 || i >= len(tl.toks) || tl.toks[i].kind != token.QUOTE {
		return 0, 0, false
	}
	toks := tl.upTo(tl.toks[i].end + 1)
	if i+2 >= len(toks) || toks[i+1].kind != token.STR || toks[i+2].kind != token.QUOTE || bytes.IndexByte(tl.src[toks[i+1].pos:toks[i+1].end], '\\') >= 0 {
		return 0, 0, false
	}
	return toks[i].pos, toks[i+2].end, true
}

// discardedRef returns the recipient a literal at pos names in a list the
// tokens tell is a selection of its group, and the literal's span, quotes
// included: a name the analysis may not have counted.
func (p *Provider) discardedRef(snap feature.Snapshot, res *analysis.Result, file string, pos token.Pos) (rc *analysis.Recipient, at analysis.Span) {
	f, err := snap.File(file)
	if err != nil || path.Ext(file) != ".nix" || !nearQuotedName(f.Source(), pos) {
		return nil, analysis.Span{}
	}
	p.withTokens(snap, file, f, func(tl *tokenList) { rc, at = discardedRefIn(res, tl, file, pos) })
	return rc, at
}

// nearQuotedName reports whether pos is on a name in quotes, or on one of
// the quotes, by the bytes: hovering anywhere else reads no tokens (of a
// 10,000-line file, milliseconds).
func nearQuotedName(src []byte, pos token.Pos) bool {
	for _, p := range []token.Pos{pos, pos + 1, pos - 1} {
		if p < 0 || int(p) > len(src) {
			continue
		}
		start, end := nameWord(src, p)
		if start < end && start > 0 && int(end) < len(src) && src[start-1] == '"' && src[end] == '"' {
			return true
		}
	}
	return false
}

// discardedRefIn is discardedRef with the tokens of the file.
func discardedRefIn(res *analysis.Result, tl *tokenList, file string, pos token.Pos) (*analysis.Recipient, analysis.Span) {
	start, end, ok := literalAt(tl, pos)
	if !ok {
		return nil, analysis.Span{}
	}
	sel := tl.contextAt(start + 1).list
	if sel == nil {
		return nil, analysis.Span{}
	}
	g := groupOf(res, sel.group)
	if g == nil {
		return nil, analysis.Span{}
	}
	rc := g.List(sel.role).Lookup(string(tl.src[start+1 : end-1]))
	if rc == nil || !rc.NameKnown {
		return nil, analysis.Span{}
	}
	return rc, analysis.Span{File: file, Start: start, End: end}
}

// discardedEdits returns the edits that rename rc to newName in the
// literals of lists the tokens tell are selections of its group that
// edits, the analysis' rename, does not change.
func discardedEdits(res *analysis.Result, rc *analysis.Recipient, newName string, edits []analysis.Edit) []analysis.Edit {
	var out []analysis.Edit
	for _, sp := range discardedPlaces(res, rc, func(sp analysis.Span) bool { return overlaps(edits, sp) }) {
		out = append(out, analysis.Edit{Span: analysis.Span{File: sp.File, Start: sp.Start + 1, End: sp.End - 1}, NewText: newName})
	}
	return out
}

// discardedPlaces returns the literals, quotes included, that name rc in
// lists the tokens tell are selections of its group, but those known
// reports (the places the analysis has).
func discardedPlaces(res *analysis.Result, rc *analysis.Recipient, known func(analysis.Span) bool) []analysis.Span {
	lit := []byte(`"` + rc.Name + `"`)
	var out []analysis.Span
	for _, file := range res.Files() {
		f := res.File(file)
		if path.Ext(file) != ".nix" || f == nil || !bytes.Contains(f.Source(), lit) {
			continue
		}
		src := f.Source()
		tl := newTokenList(src, nil)
		for from := 0; ; {
			i := bytes.Index(src[from:], lit)
			if i < 0 {
				break
			}
			start := token.Pos(from + i)
			from += i + 1
			if known(analysis.Span{File: file, Start: start, End: start + token.Pos(len(lit))}) {
				continue
			}
			if r, sp := discardedRefIn(res, tl, file, start+1); r == rc {
				out = append(out, sp)
			}
		}
	}
	return out
}

// overlaps reports whether an edit changes bytes of sp.
func overlaps(edits []analysis.Edit, sp analysis.Span) bool {
	for _, e := range edits {
		if e.File == sp.File && e.Start < sp.End && sp.Start < e.End {
			return true
		}
	}
	return false
}
