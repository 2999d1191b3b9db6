package lsp

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"reflect"
	"runtime/debug"
	"slices"
	"sync"
	"time"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/lsp/workspace"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// diagnosticSource is the "source" of every diagnostic the server publishes.
const diagnosticSource = "secrets-lsp"

// diagnoser computes diagnostics on one background goroutine and publishes
// them. Runs start at most once per delay: a change after a quiet period is
// diagnosed at once, later changes wait for the end of the delay and are
// coalesced. Not after a run that providers answered quickly (they analyse
// in the background, one snapshot at a time) or that published what such
// an analysis found: that run cost nothing. A run is never interrupted by an edit (the providers are fast,
// and interrupting would starve a user who types faster than a run), only by
// the end of the session.
type diagnoser struct {
	s       *server
	trigger chan struct{} // capacity 1: "something changed since the last run"

	mu       sync.Mutex
	delay    time.Duration
	rerun    bool // the pending run publishes what settle computed
	settling bool // see settle
	cancel   context.CancelFunc
	done     chan struct{}
	stopped  bool

	// published is what the client was last sent for each file; only the
	// worker goroutine uses it.
	published map[string]protocol.PublishDiagnosticsParams
}

func newDiagnoser(s *server) *diagnoser {
	return &diagnoser{
		s:         s,
		trigger:   make(chan struct{}, 1),
		delay:     s.opts.DiagnosticsDelay,
		published: map[string]protocol.PublishDiagnosticsParams{},
	}
}

func (d *diagnoser) setDelay(delay time.Duration) {
	d.mu.Lock()
	d.delay = delay
	d.mu.Unlock()
}

// schedule asks for a run on the latest snapshot. It never blocks.
func (d *diagnoser) schedule() {
	select {
	case d.trigger <- struct{}{}:
	default: // a run is already pending; it will take the latest snapshot
	}
}

// start launches the worker; stop ends it and waits. After stop, start does
// nothing: nothing is published after shutdown.
func (d *diagnoser) start(ctx context.Context) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.stopped || d.done != nil {
		return
	}
	ctx, d.cancel = context.WithCancel(ctx)
	d.done = make(chan struct{})
	go d.run(ctx, d.done)
}

func (d *diagnoser) stop() {
	d.mu.Lock()
	d.stopped = true
	cancel, done := d.cancel, d.done
	d.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
}

func (d *diagnoser) run(ctx context.Context, done chan struct{}) {
	defer close(done)
	clock := d.s.opts.Clock
	var lastStart time.Time
	lastCheap := false // the last run answered quickly, or only published what was done
	for {
		select {
		case <-ctx.Done():
			return
		case <-d.trigger:
		}
		d.mu.Lock()
		delay, rerun := d.delay, d.rerun
		d.rerun = false
		d.mu.Unlock()
		// The delay spares the analysis edits that follow each other
		// closely; quick answers and the publication of an analysis
		// done cost next to nothing.
		if !lastStart.IsZero() && !lastCheap {
			if wait := delay - clock.Now().Sub(lastStart); wait > 0 {
				select {
				case <-ctx.Done():
					return
				case <-clock.After(wait):
				}
				// Changes during the wait are covered by the snapshot taken below.
				select {
				case <-d.trigger:
				default:
				}
			}
		}
		lastStart = clock.Now()
		quick := d.diagnose(ctx, d.s.session.Snapshot())
		lastCheap = quick || rerun
	}
}

// diagnose runs every provider on snap and publishes the differences. It
// reports whether a provider answered quickly (feature.QuickDiagnoser).
func (d *diagnoser) diagnose(ctx context.Context, snap *workspace.Snapshot) bool {
	start := d.s.opts.Clock.Now()
	var all []feature.Diagnostic
	var quick []feature.Provider // those that answered quickly
	for _, p := range d.s.opts.Providers {
		if ds, ok := runQuick(ctx, p, snap); ok {
			all = append(all, ds...)
			quick = append(quick, p)
			continue
		}
		ds, err := runProvider(ctx, p, snap)
		if ctx.Err() != nil || errors.Is(err, feature.ErrContentModified) {
			return false // a run on the newer snapshot follows
		}
		if err != nil {
			d.s.log.Error("diagnostics failed", "provider", p.Name(), "snapshot", snap.ID(), "error", err)
			continue
		}
		all = append(all, ds...)
	}
	byFile := map[string][]protocol.Diagnostic{}
	for _, fd := range all {
		pd, err := toProtocolDiagnostic(snap, fd, d.s.encoding())
		if err != nil {
			d.s.log.Warn("dropping a diagnostic", "file", fd.File, "error", err)
			continue
		}
		byFile[fd.File] = append(byFile[fd.File], pd)
	}

	// Publish for every file that has diagnostics, had some, or is open (the
	// client gets one publication per document version). Files that are not
	// open go first: a client that has the publications of every open
	// document at its current version has the whole run.
	var files []string
	for f := range byFile {
		files = append(files, f)
	}
	for f := range d.published {
		files = append(files, f)
	}
	files = append(files, snap.OpenFiles()...)
	slices.SortFunc(files, func(a, b string) int {
		return cmp.Or(compareBool(snap.Document(a) != nil, snap.Document(b) != nil), cmp.Compare(a, b))
	})
	files = slices.Compact(files)
	sent := 0
	for _, f := range files {
		params := protocol.PublishDiagnosticsParams{URI: protocol.DocumentURI(snap.URI(f)), Diagnostics: sortDiagnostics(byFile[f])}
		prev, had := d.published[f]
		if doc := snap.Document(f); doc != nil {
			params.Version = uint32(max(doc.Version, 0))
		} else if had {
			params.URI = prev.URI // clear under the URI the client knows
		}
		if had && reflect.DeepEqual(prev, params) || !had && len(params.Diagnostics) == 0 && snap.Document(f) == nil {
			continue
		}
		if ctx.Err() != nil {
			return false
		}
		d.s.notify(protocol.MethodTextDocumentPublishDiagnostics, params)
		sent++
		if len(params.Diagnostics) == 0 && snap.Document(f) == nil {
			delete(d.published, f)
		} else {
			d.published[f] = params
		}
	}
	d.s.log.Debug("diagnosed", "snapshot", snap.ID(), "diagnostics", len(all), "published", sent, "quick", len(quick) > 0, "elapsed", d.s.opts.Clock.Now().Sub(start))
	d.s.refreshInlayHints()
	if len(quick) > 0 {
		d.settle(ctx, quick)
	}
	return len(quick) > 0
}

// settleQuiet is how long the workspace must stay unchanged before the
// full diagnosis of a version answered quickly starts (or the delay, if
// longer): a user typing a name gets quick answers, and one analysis when
// they pause. Shorter, a version that lived for the time of a completion
// would be analysed, and the completions after it could no longer be
// answered from the analysis of the text around them (see
// policy.staleResult); at 100 ms, typing at 150 ms a key started a full
// analysis of a 10,000-line policy between keys, which took the cores
// from the next key's quick answer (its p99 76 ms, at 300 ms 38-45).
const settleQuiet = 300 * time.Millisecond

// settle has the providers that answered quickly diagnose the newest
// snapshot in full, off the diagnostics goroutine, once the workspace is
// quiet (settleQuiet); then a run publishes the answer. One settle at a
// time: a quick answer during one leads to the next.
func (d *diagnoser) settle(ctx context.Context, providers []feature.Provider) {
	d.mu.Lock()
	if d.settling {
		d.mu.Unlock()
		return
	}
	d.settling = true
	d.mu.Unlock()
	go func() {
		defer func() {
			d.mu.Lock()
			d.settling, d.rerun = false, true
			d.mu.Unlock()
			d.schedule()
		}()
		clock := d.s.opts.Clock
		snap := d.s.session.Snapshot()
		for {
			d.mu.Lock()
			quiet := max(d.delay, settleQuiet)
			d.mu.Unlock()
			select {
			case <-ctx.Done():
				return
			case <-clock.After(quiet):
			}
			next := d.s.session.Snapshot()
			if next == snap {
				break
			}
			snap = next
		}
		for _, p := range providers {
			if _, err := runProvider(ctx, p, snap); err != nil && ctx.Err() == nil && !errors.Is(err, feature.ErrContentModified) {
				d.s.log.Error("diagnostics failed", "provider", p.Name(), "snapshot", snap.ID(), "error", err)
			}
		}
	}()
}

func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// runProvider calls p.Diagnose, turning a panic into an error.
func runProvider(ctx context.Context, p feature.Provider, snap feature.Snapshot) (ds []feature.Diagnostic, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	return p.Diagnose(ctx, snap)
}

// runQuick calls p.QuickDiagnose if p implements it, turning a panic into
// no answer (Diagnose, called then, reports it).
func runQuick(ctx context.Context, p feature.Provider, snap feature.Snapshot) (ds []feature.Diagnostic, ok bool) {
	q, is := p.(feature.QuickDiagnoser)
	if !is {
		return nil, false
	}
	defer func() {
		if recover() != nil {
			ds, ok = nil, false
		}
	}()
	return q.QuickDiagnose(ctx, snap)
}

func toProtocolDiagnostic(snap *workspace.Snapshot, d feature.Diagnostic, enc token.Encoding) (protocol.Diagnostic, error) {
	rng, err := toProtocolRange(snap, d.Span, enc)
	if err != nil {
		return protocol.Diagnostic{}, err
	}
	pd := protocol.Diagnostic{
		Range:    rng,
		Severity: cmp.Or(d.Severity, feature.SeverityError),
		Source:   diagnosticSource,
		Message:  d.Message,
	}
	if d.Code != "" {
		pd.Code = d.Code
	}
	for _, r := range d.Related {
		rr, err := toProtocolRange(snap, r.Span, enc)
		if err != nil {
			return protocol.Diagnostic{}, err
		}
		pd.RelatedInformation = append(pd.RelatedInformation, protocol.DiagnosticRelatedInformation{
			Location: protocol.Location{URI: protocol.DocumentURI(snap.URI(r.File)), Range: rr},
			Message:  r.Message,
		})
	}
	return pd, nil
}

// toProtocolRange converts a byte span to an LSP range through the file's
// token.File, the one mapper.
func toProtocolRange(snap *workspace.Snapshot, sp feature.Span, enc token.Encoding) (protocol.Range, error) {
	f, err := snap.File(sp.File)
	if err != nil {
		return protocol.Range{}, err
	}
	return lspRange(f, sp.Start, sp.End, enc), nil
}

func lspRange(f *token.File, start, end token.Pos, enc token.Encoding) protocol.Range {
	end = max(start, end)
	sl, sc := f.LSPPosition(start, enc)
	el, ec := f.LSPPosition(end, enc)
	return protocol.Range{
		Start: protocol.Position{Line: uint32(sl), Character: uint32(sc)},
		End:   protocol.Position{Line: uint32(el), Character: uint32(ec)},
	}
}

func sortDiagnostics(ds []protocol.Diagnostic) []protocol.Diagnostic {
	if ds == nil {
		return []protocol.Diagnostic{} // "diagnostics": [] clears; null is invalid
	}
	key := func(d protocol.Diagnostic) string { return fmt.Sprint(d.Code, "\x00", d.Message, "\x00", d.Severity) }
	slices.SortFunc(ds, func(a, b protocol.Diagnostic) int {
		return cmp.Or(
			cmp.Compare(a.Range.Start.Line, b.Range.Start.Line),
			cmp.Compare(a.Range.Start.Character, b.Range.Start.Character),
			cmp.Compare(a.Range.End.Line, b.Range.End.Line),
			cmp.Compare(a.Range.End.Character, b.Range.End.Character),
			cmp.Compare(key(a), key(b)),
		)
	})
	// Providers may report the same problem (both parse the file): once is enough.
	return slices.CompactFunc(ds, func(a, b protocol.Diagnostic) bool { return reflect.DeepEqual(a, b) })
}
