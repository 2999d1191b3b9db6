package lsp_test

import (
	"context"
	"sync"
	"time"

	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

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
