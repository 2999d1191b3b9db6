package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

// route says how to handle one method. Exactly one of ordered and
// concurrent is set.
type route struct {
	// request: the method is a request (it has an id and gets a response),
	// else a notification.
	request bool
	// ordered handles the message on the reading goroutine, before the next
	// message is read: everything that changes state.
	ordered func(ctx context.Context, params json.RawMessage) (any, error)
	// concurrent reads what it needs on the reading goroutine (so it sees
	// every earlier edit) and returns the work to run on its own goroutine,
	// cancellable by $/cancelRequest.
	concurrent func(params json.RawMessage) (work, error)
}

type work func(ctx context.Context) (any, error)

// ordered adapts a handler taking decoded params of type P.
func ordered[P any](fn func(ctx context.Context, p *P) (any, error)) route {
	return route{ordered: func(ctx context.Context, raw json.RawMessage) (any, error) {
		var p P
		if err := decodeParams(raw, &p); err != nil {
			return nil, err
		}
		return fn(ctx, &p)
	}}
}

// concurrent adapts a request handler taking decoded params of type P.
func concurrent[P any](fn func(p *P) (work, error)) route {
	return route{request: true, concurrent: func(raw json.RawMessage) (work, error) {
		var p P
		if err := decodeParams(raw, &p); err != nil {
			return nil, err
		}
		return fn(&p)
	}}
}

func asRequest(r route) route {
	r.request = true
	return r
}

// noParams is the params type of methods that take none.
type noParams struct{}

func decodeParams[P any](raw json.RawMessage, p *P) error {
	if _, none := any(p).(*noParams); none {
		return nil
	}
	if len(bytes.TrimSpace(raw)) == 0 || bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return jsonrpc2.NewError(jsonrpc2.InvalidParams, "missing params")
	}
	if err := json.Unmarshal(raw, p); err != nil {
		return jsonrpc2.Errorf(jsonrpc2.InvalidParams, "invalid params: %v", err)
	}
	return nil
}

// LSP 3.17 methods that protocol v0.12.0 does not name.
const (
	methodInlayHint        = "textDocument/inlayHint"
	methodInlayHintRefresh = "workspace/inlayHint/refresh"
)

func (s *server) makeRoutes() map[string]route {
	r := map[string]route{
		protocol.MethodInitialize:                         asRequest(ordered(s.initialize)),
		protocol.MethodInitialized:                        ordered(s.initialized),
		protocol.MethodShutdown:                           asRequest(ordered(s.shutdown)),
		protocol.MethodSetTrace:                           ordered(s.setTrace),
		protocol.MethodTextDocumentDidOpen:                ordered(s.didOpen),
		protocol.MethodTextDocumentDidChange:              ordered(s.didChange),
		protocol.MethodTextDocumentDidClose:               ordered(s.didClose),
		protocol.MethodWorkspaceDidChangeWatchedFiles:     ordered(s.didChangeWatchedFiles),
		protocol.MethodWorkspaceDidChangeConfiguration:    ordered(s.didChangeConfiguration),
		protocol.MethodWorkspaceDidChangeWorkspaceFolders: ordered(s.didChangeWorkspaceFolders),
	}
	f := &s.features
	for _, m := range []struct {
		method string
		have   bool
		route  route
	}{
		{protocol.MethodTextDocumentHover, len(f.hover) > 0, concurrent(s.hover)},
		{protocol.MethodTextDocumentCompletion, len(f.completion) > 0, concurrent(s.completion)},
		{protocol.MethodCompletionItemResolve, len(f.completion) > 0, concurrent(s.resolveCompletion)},
		{protocol.MethodTextDocumentDefinition, len(f.definition) > 0, concurrent(s.definition)},
		{protocol.MethodTextDocumentReferences, len(f.references) > 0, concurrent(s.references)},
		{protocol.MethodTextDocumentPrepareRename, len(f.rename) > 0, concurrent(s.prepareRename)},
		{protocol.MethodTextDocumentRename, len(f.rename) > 0, concurrent(s.rename)},
		{protocol.MethodTextDocumentCodeAction, len(f.codeAction) > 0, concurrent(s.codeAction)},
		{protocol.MethodWorkspaceExecuteCommand, len(f.commands) > 0, concurrent(s.executeCommand)},
		{protocol.MethodTextDocumentDocumentSymbol, len(f.symbols) > 0, concurrent(s.documentSymbol)},
		{methodInlayHint, len(f.inlayHints) > 0, concurrent(s.inlayHint)},
	} {
		if m.have {
			r[m.method] = m.route
		}
	}
	return r
}

// handle is the jsonrpc2 handler. It always returns nil: an error would make
// jsonrpc2 close the connection.
func (s *server) handle(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
	r := s.newReplier(reply, req)
	defer func() {
		if p := recover(); p != nil {
			r.panicked(ctx, p)
		}
	}()
	select {
	case <-s.exited:
		return nil // the session is over; the reader may still be draining the input
	default:
	}
	method := req.Method()
	switch method {
	case protocol.MethodExit:
		s.exit()
		return nil
	case protocol.MethodCancelRequest:
		s.cancelRequest(req.Params())
		return nil
	}
	s.mu.Lock()
	state := s.state
	s.mu.Unlock()
	switch {
	case state == stateNew && method != protocol.MethodInitialize:
		r.reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.ServerNotInitialized, "server not initialized: send initialize first"))
		return nil
	case state == stateShutdown:
		r.reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "server is shut down: only exit is accepted"))
		return nil
	}
	rt, ok := s.routes[method]
	switch {
	case !ok:
		r.reply(ctx, nil, jsonrpc2.Errorf(jsonrpc2.MethodNotFound, "method not supported: %s", method))
	case rt.request != r.isCall:
		// A request sent as a notification has nobody to answer; a
		// notification sent as a request is refused.
		kind := "notification"
		if rt.request {
			kind = "request"
		}
		r.reply(ctx, nil, jsonrpc2.Errorf(jsonrpc2.InvalidRequest, "%s must be sent as a %s", method, kind))
	case rt.ordered != nil:
		result, err := rt.ordered(ctx, req.Params())
		r.reply(ctx, result, err)
	default:
		w, err := rt.concurrent(req.Params())
		if err != nil {
			r.reply(ctx, nil, err)
			return nil
		}
		s.start(r, w)
	}
	return nil
}

// start runs the work of a request on its own goroutine.
func (s *server) start(r *replier, w work) {
	ctx, cancel := context.WithCancel(s.ctx)
	s.mu.Lock()
	s.inflight[r.id] = cancel
	s.mu.Unlock()
	s.goBackground(func() {
		defer func() {
			s.mu.Lock()
			delete(s.inflight, r.id)
			s.mu.Unlock()
			cancel()
		}()
		defer func() {
			if p := recover(); p != nil {
				r.panicked(ctx, p)
			}
		}()
		result, err := w(ctx)
		if ctx.Err() != nil {
			result, err = nil, jsonrpc2.NewError(protocol.CodeRequestCancelled, "request cancelled")
		}
		r.reply(ctx, result, err)
	})
}

type cancelParams struct {
	ID jsonrpc2.ID `json:"id"`
}

func (s *server) cancelRequest(raw json.RawMessage) {
	var p cancelParams
	if err := json.Unmarshal(raw, &p); err != nil {
		s.log.Debug("ignoring malformed $/cancelRequest")
		return
	}
	s.mu.Lock()
	cancel := s.inflight[p.ID]
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

// replier answers one message exactly once, turns errors into JSON-RPC
// errors, and logs and traces the handling.
type replier struct {
	s      *server
	send   jsonrpc2.Replier
	method string
	id     jsonrpc2.ID
	isCall bool
	start  time.Time
	once   sync.Once
}

func (s *server) newReplier(reply jsonrpc2.Replier, req jsonrpc2.Request) *replier {
	r := &replier{s: s, send: reply, method: req.Method(), start: s.opts.Clock.Now()}
	if c, ok := req.(*jsonrpc2.Call); ok {
		r.id, r.isCall = c.ID(), true
	}
	return r
}

func (r *replier) reply(ctx context.Context, result any, err error) {
	r.once.Do(func() {
		elapsed := r.s.opts.Clock.Now().Sub(r.start)
		if err != nil {
			var rpcErr *jsonrpc2.Error
			if !errors.As(err, &rpcErr) {
				rpcErr = jsonrpc2.NewError(jsonrpc2.InternalError, err.Error())
			}
			err = rpcErr
			level := slog.LevelWarn
			if rpcErr.Code == protocol.CodeRequestCancelled || rpcErr.Code == jsonrpc2.MethodNotFound && !r.isCall {
				level = slog.LevelDebug
			}
			r.s.log.Log(ctx, level, "message failed", "method", r.method, "code", rpcErr.Code, "error", rpcErr.Message)
		} else {
			r.s.log.Debug("handled", "method", r.method, "elapsed", elapsed)
		}
		r.s.traceMessage(r, elapsed, err)
		if !r.isCall {
			return // notifications get no response, even on error
		}
		// The request's context may be cancelled: the answer must go out anyway.
		if werr := r.send(context.WithoutCancel(ctx), result, err); werr != nil {
			r.s.log.Warn("cannot send response", "method", r.method, "error", werr)
		}
	})
}

// panicked reports a recovered panic as an internal error; the session goes on.
func (r *replier) panicked(ctx context.Context, p any) {
	r.s.log.Error("panic while handling a message", "method", r.method, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
	r.reply(ctx, nil, jsonrpc2.Errorf(jsonrpc2.InternalError, "internal error handling %s: %v", r.method, p))
}

// traceMessage sends $/logTrace when the client asked for tracing. It never
// includes params or results, which may hold file contents.
func (s *server) traceMessage(r *replier, elapsed time.Duration, err error) {
	s.mu.Lock()
	trace := s.trace
	s.mu.Unlock()
	if trace == traceOff || r.method == protocol.MethodSetTrace {
		return
	}
	kind := "notification"
	if r.isCall {
		kind = fmt.Sprintf("request %v", r.id)
	}
	p := protocol.LogTraceParams{Message: fmt.Sprintf("handled %s %q in %v", kind, r.method, elapsed.Round(time.Microsecond))}
	if trace == traceVerbose {
		verbose := fmt.Sprintf("snapshot %d", s.session.Snapshot().ID())
		if err != nil {
			verbose += "; error: " + err.Error()
		}
		p.Verbose = protocol.TraceValue(verbose)
	}
	s.notify(protocol.MethodLogTrace, p)
}

// notify sends a notification to the client, logging failures.
func (s *server) notify(method string, params any) {
	if err := s.conn.Notify(s.ctx, method, params); err != nil {
		s.log.Debug("cannot send notification", "method", method, "error", err)
	}
}

// showMessage tells the user something went wrong, and logs it.
func (s *server) showMessage(typ protocol.MessageType, msg string) {
	s.log.Warn(msg)
	s.notify(protocol.MethodWindowShowMessage, protocol.ShowMessageParams{Type: typ, Message: "secrets-lsp: " + msg})
}

// logMessage writes to the client's log for the server, and to ours.
func (s *server) logMessage(typ protocol.MessageType, msg string) {
	s.log.Info(msg)
	s.notify(protocol.MethodWindowLogMessage, protocol.LogMessageParams{Type: typ, Message: msg})
}
