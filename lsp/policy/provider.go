package policy

import (
	"cmp"
	"context"
	"io/fs"
	"path"
	"slices"
	"sync"

	"github.com/secrets-lsp/secrets-lsp/analysis"
	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Provider answers from the analysis of the flakes of the workspace. It is
// safe for concurrent use.
type Provider struct {
	ws *analysis.Workspace

	mu       sync.Mutex
	analyses []*analysed           // of the latest snapshots, newest last
	syntax   map[string]syntaxDiag // open Nix documents no analysis reads, by path
	// reselected is the newest version of a document a quick diagnosis
	// answered (see resultSoon).
	reselected reselection
	// parsed is the analysis the keystroke that mends a broken document
	// is answered from (see broken.go).
	parsed parsedBase
	// typed is the last keystroke answered with syntax errors, which the
	// next one inside the same open string is answered from.
	typed brokenAnswer

	// tokensMu guards the token lists apart from mu: following a
	// keystroke may scan for milliseconds, which must not hold up the
	// quick diagnosis of the next one.
	tokensMu sync.Mutex
	tokens   map[string]*tokenList // of the documents last completed, by path
	// tokensOf is the ID of the snapshot the token lists are of: an
	// older one does not turn them back.
	tokensOf uint64
}

// analysed is the analysis of one snapshot, shared by everyone who asks
// for that snapshot; done is closed once results is set.
type analysed struct {
	id      uint64
	snap    feature.Snapshot
	done    chan struct{}
	results map[string]*analysis.Result // by flake directory; nil if the analysis panicked
}

// keptAnalyses is how many snapshots' analyses are kept: the one being
// computed and the newest finished one, which answers completions while
// the next is computed (see stale.go) and is the base of quick diagnoses
// (quick.go). Each holds a version of every file with its syntax tree and
// the evaluated policy: for a 10,000-line policy, about 35 MB. Once an
// analysis is done, the older ones are dropped (finish).
const keptAnalyses = 2

type syntaxDiag struct {
	file  *token.File // the version parsed: documents get a new File per version
	diags []feature.Diagnostic
}

// New returns a provider with empty caches.
func New() *Provider {
	return &Provider{ws: analysis.NewWorkspace(), syntax: map[string]syntaxDiag{}, tokens: map[string]*tokenList{}}
}

// Name implements feature.Provider.
func (*Provider) Name() string { return "policy" }

// analyse returns the analysis of snap, computing it once per snapshot.
// The analysis itself cannot be interrupted; a cancelled caller stops
// waiting for it.
func (p *Provider) analyse(ctx context.Context, snap feature.Snapshot) (map[string]*analysis.Result, error) {
	a, compute, err := p.analysisOf(snap)
	if err != nil {
		return nil, err
	}
	if compute {
		// If the analysis panics, those waiting for it get no result and
		// the panic goes on to the caller, which reports it.
		defer p.finish(a)
		a.results = p.ws.Analyze(snap, snap.FSRoot(), flakeFiles(snap))
		return a.results, nil
	}
	select {
	case <-a.done:
		return a.results, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// analysisOf returns the analysis of snap, registering a new one when
// there is none: then compute is true and the caller must compute it and
// close its done channel.
func (p *Provider) analysisOf(snap feature.Snapshot) (a *analysed, compute bool, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, a := range p.analyses {
		if a.id == snap.ID() {
			return a, false, nil
		}
	}
	for _, a := range p.analyses {
		if a.id > snap.ID() {
			// Analysing an older version would also turn the caches back
			// to it: the editor asks again about the current one.
			return nil, false, feature.ErrContentModified
		}
	}
	a = &analysed{id: snap.ID(), snap: snap, done: make(chan struct{})}
	p.dropBroken()
	p.analyses = append(p.analyses, a)
	slices.SortFunc(p.analyses, func(x, y *analysed) int { return cmp.Compare(x.id, y.id) })
	if len(p.analyses) > keptAnalyses {
		// Keep the new one, the newest finished one, then the newest.
		keep := map[*analysed]bool{a: true}
		if n := p.newestFinished(snap.ID()); n != nil {
			keep[n] = true
		}
		for i := len(p.analyses) - 1; i >= 0 && len(keep) < keptAnalyses; i-- {
			keep[p.analyses[i]] = true
		}
		p.analyses = slices.DeleteFunc(p.analyses, func(x *analysed) bool { return !keep[x] })
	}
	return a, true, nil
}

// finish publishes the analysis to those waiting for it and, when it has
// results, forgets the analyses of older snapshots: nothing is answered
// from them any more (see analysisOf and newestFinished), and each holds
// a version of every file with its syntax tree and evaluated policy.
func (p *Provider) finish(a *analysed) {
	close(a.done)
	if a.results == nil {
		return // it panicked: the older ones still answer
	}
	p.mu.Lock()
	p.keepParsed(a)
	p.analyses = slices.DeleteFunc(p.analyses, func(x *analysed) bool { return x.id < a.id })
	p.releaseReselected()
	p.mu.Unlock()
}

// newestFinished returns the newest finished analysis of a snapshot before
// id, else the kept one in which a broken document parsed (broken.go), or
// nil. p.mu is held.
func (p *Provider) newestFinished(id uint64) *analysed {
	var newest *analysed
	for _, a := range p.analyses {
		if a.id < id && a.finished() && (newest == nil || a.id > newest.id) {
			newest = a
		}
	}
	if newest == nil && p.parsed.a != nil && p.parsed.a.id < id {
		return p.parsed.a
	}
	return newest
}

// flakeFiles are the files whose flakes are analysed: the open documents
// and the flake.nix of every workspace folder.
func flakeFiles(snap feature.Snapshot) []string {
	files := snap.OpenFiles()
	for _, dir := range snap.Folders() {
		f := path.Join(dir, "flake.nix")
		if _, err := fs.Stat(snap, f); err == nil && !slices.Contains(files, f) {
			files = append(files, f)
		}
	}
	return files
}

// resultFor returns the analysis of the flake file belongs to, or nil.
func (p *Provider) resultFor(ctx context.Context, snap feature.Snapshot, file string) (*analysis.Result, error) {
	results, err := p.analyse(ctx, snap)
	if err != nil {
		return nil, err
	}
	return analysis.ResultFor(results, file), nil
}

// itemAt returns what is at pos of file, with the analysis it comes from
// and how that analysis' places moved since (broken.go); nil when nothing
// the analysis knows is there.
func (p *Provider) itemAt(ctx context.Context, snap feature.Snapshot, file string, pos token.Pos) (*analysis.Result, *analysis.Item, *moved, error) {
	res, err := p.resultFor(ctx, snap, file)
	if err != nil || res == nil {
		return nil, nil, nil, err
	}
	if old, mv, ok := p.keptFor(snap, file, res); ok {
		oldPos, ok := mv.m.back(pos)
		if !ok {
			return nil, nil, nil, nil // typed since: the kept analysis does not know it
		}
		return old, old.At(file, oldPos), mv, nil
	}
	return res, res.At(file, pos), nil, nil
}

func spanOf(s analysis.Span) feature.Span {
	return feature.Span{File: s.File, Start: s.Start, End: s.End}
}
