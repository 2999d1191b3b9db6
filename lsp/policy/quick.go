package policy

import (
	"bytes"
	"context"
	"slices"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
)

// QuickDiagnose implements feature.QuickDiagnoser: when the snapshot
// differs from the one of the newest finished analysis in one open
// document only, and there by the text of one name in a secret's admins or
// targets, or the names of such a list, that the analysis proves go
// nowhere else, by literal secrets added, removed or changed in a group's
// set of secrets, or by literal attributes of a group (its recipients,
// their keys, its directory) changed (analysis.Result.Reselect), it
// answers from that analysis.
func (p *Provider) QuickDiagnose(ctx context.Context, snap feature.Snapshot) ([]feature.Diagnostic, bool) {
	p.mu.Lock()
	for _, a := range p.analyses {
		if a.id > snap.ID() || a.id == snap.ID() && a.finished() {
			p.mu.Unlock()
			return nil, false // Diagnose answers at once
		}
	}
	base := p.newestFinished(snap.ID())
	p.mu.Unlock()
	if base == nil || base.results == nil {
		return nil, false
	}
	file, changed := onlyChange(base.snap, snap)
	if !changed {
		return nil, false
	}
	f, err := snap.File(file)
	if err != nil {
		return nil, false
	}
	res := onlyReader(base.results, file)
	if res == nil {
		return nil, false
	}
	// A quote typed or deleted turns every later string inside out: the
	// syntax errors answer (quickBroken), and Reselect, tried first, would
	// rebuild the groups around the change to find it cannot. Each answers
	// exactly, or not: the order only saves work.
	ds, ok, namesKept := []analysis.Diagnostic(nil), false, false
	flipsStrings := oddQuotes(res, file, f.Source())
	if flipsStrings {
		if b, r, d, broken := p.quickBroken(snap, base, res, file, f); broken {
			base, res, ds, ok = b, r, d, true
		}
	}
	if !ok {
		// The names secrets select first: the version then keeps the
		// groups' names, and a completion right after the next keystroke
		// may be answered from base (see stale.go).
		ds, namesKept = res.ReselectSelection(snap, file, f.Source())
		ok = namesKept
	}
	if !ok {
		ds, ok = res.Reselect(snap, file, f.Source())
	}
	if !ok && !flipsStrings {
		base, res, ds, ok = p.quickBroken(snap, base, res, file, f)
	}
	if !ok {
		return nil, false
	}
	out, err := p.diagnostics(ctx, snap, base.results, map[string][]analysis.Diagnostic{res.Dir: ds})
	// The token list of completion follows each keystroke (it rescans a
	// line and allocates nothing, but moves megabytes: off the path of
	// the diagnostics): left behind, the next completion would rescan all
	// the text between this change and the one it is asked at.
	go p.followTokens(snap)
	r := reselection{base: base, snap: snap, path: file, file: f}
	if !namesKept {
		r = reselection{}
	}
	p.mu.Lock()
	p.reselected = r
	p.mu.Unlock()
	return out, err == nil
}

// oddQuotes reports whether the text of file that res analysed and src
// differ by an odd number of double quotes.
func oddQuotes(res *analysis.Result, file string, src []byte) bool {
	old := res.File(file)
	if old == nil {
		return false
	}
	m := analysis.DiffTexts(old.Source(), src)
	return (bytes.Count(old.Source()[m.Start:m.OldEnd], []byte(`"`))+bytes.Count(src[m.Start:m.NewEnd], []byte(`"`)))%2 == 1
}

// diskVersioned is a snapshot that tells whether the disk changed between
// two of them (workspace.Snapshot does).
type diskVersioned interface{ DiskVersion() uint64 }

// onlyChange returns the one open document in which next differs from
// prev, when nothing else differs: the same folders, open documents and
// files on disk.
func onlyChange(prev, next feature.Snapshot) (string, bool) {
	pd, ok1 := prev.(diskVersioned)
	nd, ok2 := next.(diskVersioned)
	if !ok1 || !ok2 || pd.DiskVersion() != nd.DiskVersion() || prev.FSRoot() != next.FSRoot() ||
		!slices.Equal(prev.Folders(), next.Folders()) || !slices.Equal(prev.OpenFiles(), next.OpenFiles()) {
		return "", false
	}
	changed := ""
	for _, name := range next.OpenFiles() {
		pf, err1 := prev.File(name)
		nf, err2 := next.File(name)
		if err1 != nil || err2 != nil {
			return "", false
		}
		if pf != nf {
			if changed != "" {
				return "", false
			}
			changed = name
		}
	}
	return changed, changed != ""
}
