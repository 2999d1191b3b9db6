package lsp_test

import (
	"bytes"
	"context"
	"io/fs"
	"path"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/protocol"

	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// wordProvider is a stand-in for the real providers: it reports every "BAD"
// in the open documents and in the .nix files of the workspace folders, with
// the first "GOOD" of the same file as related information; hovers describe
// the word under the cursor; completion offers names for the word's prefix.
type wordProvider struct {
	mu      sync.Mutex
	folders [][]string // the folders of every snapshot diagnosed
	runs    int
}

func (*wordProvider) Name() string { return "words" }

func (w *wordProvider) Diagnose(ctx context.Context, snap feature.Snapshot) ([]feature.Diagnostic, error) {
	w.mu.Lock()
	w.folders = append(w.folders, snap.Folders())
	w.runs++
	w.mu.Unlock()
	files := snap.OpenFiles()
	for _, dir := range snap.Folders() {
		_ = fs.WalkDir(snap, dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && path.Ext(p) == ".nix" {
				files = append(files, p)
			}
			return nil
		})
	}
	seen := map[string]bool{}
	var out []feature.Diagnostic
	for _, name := range files {
		if seen[name] {
			continue
		}
		seen[name] = true
		f, err := snap.File(name)
		if err != nil {
			return nil, err
		}
		src := f.Source()
		var related []feature.Related
		if i := bytes.Index(src, []byte("GOOD")); i >= 0 {
			related = []feature.Related{{Span: feature.Span{File: name, Start: token.Pos(i), End: token.Pos(i + 4)}, Message: "GOOD is here"}}
		}
		for off := 0; ; {
			i := bytes.Index(src[off:], []byte("BAD"))
			if i < 0 {
				break
			}
			start := off + i
			out = append(out, feature.Diagnostic{
				Span: feature.Span{File: name, Start: token.Pos(start), End: token.Pos(start + 3)},
				Code: "bad-word", Message: "BAD is bad", Related: related,
			})
			off = start + 3
		}
	}
	return out, nil
}

// wordAt returns the bounds of the run of letters around pos.
func wordAt(src []byte, pos token.Pos) (start, end int) {
	isLetter := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
	start, end = int(pos), int(pos)
	for start > 0 && isLetter(src[start-1]) {
		start--
	}
	for end < len(src) && isLetter(src[end]) {
		end++
	}
	return start, end
}

func (w *wordProvider) Hover(ctx context.Context, snap feature.Snapshot, name string, pos token.Pos) (*feature.Hover, error) {
	f, err := snap.File(name)
	if err != nil {
		return nil, err
	}
	start, end := wordAt(f.Source(), pos)
	if start == end {
		return nil, nil
	}
	return &feature.Hover{Markdown: "word `" + string(f.Source()[start:end]) + "`", Start: token.Pos(start), End: token.Pos(end)}, nil
}

func (w *wordProvider) Complete(ctx context.Context, snap feature.Snapshot, name string, pos token.Pos) ([]feature.CompletionItem, error) {
	f, err := snap.File(name)
	if err != nil {
		return nil, err
	}
	start, _ := wordAt(f.Source(), pos)
	prefix := string(f.Source()[start:pos])
	var items []feature.CompletionItem
	for _, n := range []string{"alice", "albert", "bob"} {
		if strings.HasPrefix(n, prefix) {
			items = append(items, feature.CompletionItem{
				Label: n, Kind: protocol.CompletionItemKindValue, Detail: "recipient", Documentation: "**" + n + "**",
				Edit: &feature.Edit{Start: token.Pos(start), End: pos, NewText: n},
			})
		}
	}
	return items, nil
}

func (w *wordProvider) TriggerCharacters() []string { return []string{`"`} }

// blockingProvider's hover waits until its context is cancelled or release
// is closed; started is closed when the first hover begins.
type blockingProvider struct {
	started chan struct{}
	release chan struct{}
	once    sync.Once
}

func (*blockingProvider) Name() string { return "blocking" }
func (*blockingProvider) Diagnose(context.Context, feature.Snapshot) ([]feature.Diagnostic, error) {
	return nil, nil
}
func (b *blockingProvider) Hover(ctx context.Context, _ feature.Snapshot, _ string, _ token.Pos) (*feature.Hover, error) {
	b.once.Do(func() { close(b.started) })
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-b.release:
		return &feature.Hover{Markdown: "released", Start: token.NoPos}, nil
	}
}

// panickingProvider panics in every method.
type panickingProvider struct{}

func (panickingProvider) Name() string { return "panicking" }
func (panickingProvider) Diagnose(context.Context, feature.Snapshot) ([]feature.Diagnostic, error) {
	panic("diagnose exploded")
}
func (panickingProvider) Hover(context.Context, feature.Snapshot, string, token.Pos) (*feature.Hover, error) {
	panic("hover exploded")
}

// fakeClock is a Clock whose time moves only when the test advances it.
type fakeClock struct {
	mu      sync.Mutex
	now     time.Time
	waiters []fakeTimer
}

type fakeTimer struct {
	at time.Time
	ch chan time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{now: time.Unix(1e9, 0)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	if d <= 0 {
		ch <- c.now
		return ch
	}
	c.waiters = append(c.waiters, fakeTimer{c.now.Add(d), ch})
	return ch
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	kept := c.waiters[:0]
	for _, w := range c.waiters {
		if !w.at.After(c.now) {
			w.ch <- c.now
		} else {
			kept = append(kept, w)
		}
	}
	c.waiters = kept
}
