package lsp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"

	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/lsp/framing"
	"github.com/secrets-lsp/secrets-lsp/lsp/workspace"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Defaults for Options.
const (
	DefaultDiagnosticsDelay = 20 * time.Millisecond
	DefaultMaxMessageSize   = 64 << 20
)

// Options configure a server. The zero value serves the machine's file
// system with no providers; cmd/secrets-lsp passes DefaultProviders.
type Options struct {
	// Root is the absolute directory that FS represents; file URIs are
	// mapped to FS paths relative to it. Default "/".
	Root string
	// FS serves the files that are not open in the editor. Default
	// os.DirFS(Root).
	FS fs.FS
	// Providers compute diagnostics and answer the other requests (see
	// package feature).
	Providers []feature.Provider
	// DiagnosticsDelay is the least time between the starts of two
	// diagnostic runs: an edit after a quiet period is diagnosed at once,
	// edits that follow within the delay are coalesced into one run at its
	// end. The client's "diagnosticsDelay" setting overrides it. Zero means
	// DefaultDiagnosticsDelay, a negative value no delay.
	DiagnosticsDelay time.Duration
	// Clock is the time source for the delay. Default: the system clock.
	Clock Clock
	// Logger receives the server's log: methods, timings and errors, never
	// file contents. Default: discard.
	Logger *slog.Logger
	// MaxMessageSize bounds one JSON-RPC message and one file read from
	// disk, in bytes. Default DefaultMaxMessageSize.
	MaxMessageSize int64
	// Version is reported to the client as serverInfo.version.
	Version string
}

// Clock is the source of time, replaceable in tests.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type systemClock struct{}

func (systemClock) Now() time.Time                         { return time.Now() }
func (systemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// ErrNoShutdown is returned by Serve when the session ended without a
// shutdown request: the client crashed or sent exit early.
var ErrNoShutdown = errors.New("session ended without a shutdown request")

// Serve runs one language server session, reading requests from in and
// writing responses and notifications to out, until the client sends exit,
// in ends, or ctx is cancelled. If in is an io.Closer it is closed at the end
// to stop the reader. Serve returns nil if the client asked for shutdown
// before the session ended, and an error wrapping ErrNoShutdown otherwise;
// the process should exit with 0 and 1 respectively.
func Serve(ctx context.Context, in io.Reader, out io.Writer, opts Options) error {
	s, err := newServer(opts)
	if err != nil {
		return err
	}
	var closer func() error
	if c, ok := in.(io.Closer); ok {
		closer = c.Close
	}
	conn := jsonrpc2.NewConn(framing.New(in, out, closer, s.opts.MaxMessageSize))
	s.conn = conn
	ctx, cancel := context.WithCancel(ctx)
	s.ctx = ctx
	conn.Go(ctx, s.handle)

	var ended error
	select {
	case <-conn.Done():
		ended = conn.Err()
	case <-s.exited:
	case <-ctx.Done():
		ended = ctx.Err()
	}
	cancel()
	s.diag.stop()
	s.background.Wait()
	// The reader may be blocked on in (stdin); after exit nobody waits for it.
	conn.Close()

	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.state == stateShutdown:
		return nil
	case ended == nil:
		return fmt.Errorf("exit: %w", ErrNoShutdown)
	}
	return fmt.Errorf("%w: %v", ErrNoShutdown, ended)
}

// lifecycle is where the session is in the LSP lifecycle.
type lifecycle int

const (
	stateNew         lifecycle = iota // before initialize
	stateInitialized                  // after initialize
	stateShutdown                     // after shutdown
)

// server is the state of one session.
type server struct {
	opts     Options
	log      *slog.Logger
	conn     jsonrpc2.Conn
	ctx      context.Context // cancelled when the session ends
	session  *workspace.Session
	routes   map[string]route
	diag     *diagnoser
	exited   chan struct{}
	exitOnce sync.Once
	features features

	// background tracks goroutines that must end before Serve returns:
	// request work and calls to the client.
	background sync.WaitGroup

	mu       sync.Mutex
	state    lifecycle
	enc      token.Encoding
	client   clientCapabilities
	trace    string // traceOff, traceMessages or traceVerbose
	config   Config
	inflight map[jsonrpc2.ID]context.CancelFunc
	// refreshing: a workspace/inlayHint/refresh is in flight.
	refreshing bool
	// docs is the documentation of the last completion list, for a
	// client that resolves it (resolvesDocumentation).
	docs completionDocs
}

func newServer(opts Options) (*server, error) {
	if opts.Root == "" {
		opts.Root = "/"
	}
	root, err := workspace.NewRoot(filepath.ToSlash(opts.Root))
	if err != nil {
		return nil, err
	}
	if opts.FS == nil {
		opts.FS = os.DirFS(opts.Root)
	}
	if opts.Clock == nil {
		opts.Clock = systemClock{}
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.MaxMessageSize <= 0 {
		opts.MaxMessageSize = DefaultMaxMessageSize
	}
	switch {
	case opts.DiagnosticsDelay == 0:
		opts.DiagnosticsDelay = DefaultDiagnosticsDelay
	case opts.DiagnosticsDelay < 0:
		opts.DiagnosticsDelay = 0
	}
	s := &server{
		opts:     opts,
		log:      opts.Logger,
		session:  workspace.NewSession(opts.FS, root, opts.MaxMessageSize),
		exited:   make(chan struct{}),
		trace:    traceOff,
		config:   Config{DiagnosticsDelay: opts.DiagnosticsDelay},
		inflight: map[jsonrpc2.ID]context.CancelFunc{},
	}
	s.features, err = collectFeatures(opts.Providers)
	if err != nil {
		return nil, err
	}
	s.diag = newDiagnoser(s)
	s.routes = s.makeRoutes()
	return s, nil
}

// encoding returns the negotiated position encoding.
func (s *server) encoding() token.Encoding {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.enc
}

// goBackground runs fn on a goroutine that Serve waits for.
func (s *server) goBackground(fn func()) { s.background.Go(fn) }
