package lsptest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"go.lsp.dev/protocol"
)

// Timeout bounds every wait; reaching it fails the test (a hang, not a
// performance measurement).
const Timeout = 30 * time.Second

// Message is any JSON-RPC message, as received.
type Message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *ResponseError  `json:"error,omitempty"`
}

// ResponseError is a JSON-RPC error response; Call returns it as its error.
type ResponseError struct {
	Code    int64           `json:"code"`
	Message string          `json:"message"`
	Data    json.RawMessage `json:"data,omitempty"`
}

func (e *ResponseError) Error() string { return fmt.Sprintf("code %d: %s", e.Code, e.Message) }

// Code returns the JSON-RPC error code of err, or 0 if it is not a
// ResponseError.
func Code(err error) int64 {
	var re *ResponseError
	if errors.As(err, &re) {
		return re.Code
	}
	return 0
}

// Client is an LSP client on one connection.
type Client struct {
	t  testing.TB
	w  io.WriteCloser
	wm sync.Mutex

	mu       sync.Mutex
	nextID   int
	pending  map[string]chan *Message
	received []*Message // notifications and server requests, in order
	// published are the publishDiagnostics among received, decoded once:
	// a benchmark's client that decoded all of them at each wait would
	// spend time growing with the samples, inside the latency measured.
	published []publication
	orphans   []*Message // responses to no pending call (e.g. id null)
	readErr   error      // why the reader stopped
	settings  any        // the answer to workspace/configuration
	changed   chan struct{}
}

// NewClient starts a client that writes to w and reads from r.
func NewClient(t testing.TB, w io.WriteCloser, r io.Reader) *Client {
	c := &Client{t: t, w: w, pending: map[string]chan *Message{}, changed: make(chan struct{})}
	go c.read(bufio.NewReader(r))
	return c
}

// read parses the server's output strictly until it ends.
func (c *Client) read(r *bufio.Reader) {
	for {
		m, err := readMessage(r)
		if err != nil {
			c.mu.Lock()
			c.readErr = err
			c.broadcastLocked()
			c.mu.Unlock()
			return
		}
		switch {
		case m.Method != "" && m.ID != nil:
			c.record(m)
			go c.answer(m)
		case m.Method != "":
			c.record(m)
		default:
			c.mu.Lock()
			ch := c.pending[string(m.ID)]
			delete(c.pending, string(m.ID))
			if ch == nil {
				c.orphans = append(c.orphans, m)
				c.broadcastLocked()
			}
			c.mu.Unlock()
			if ch != nil {
				ch <- m
			}
		}
	}
}

func readMessage(r *bufio.Reader) (*Message, error) {
	length := -1
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			if err == io.EOF && line == "" && length < 0 {
				return nil, io.EOF
			}
			return nil, fmt.Errorf("reading header: %w", err)
		}
		if !strings.HasSuffix(line, "\r\n") {
			return nil, fmt.Errorf("header line %q does not end in CRLF", line)
		}
		line = strings.TrimSuffix(line, "\r\n")
		if line == "" {
			break
		}
		name, value, ok := strings.Cut(line, ": ")
		if !ok {
			return nil, fmt.Errorf("malformed header %q", line)
		}
		if name == "Content-Length" {
			if length, err = strconv.Atoi(value); err != nil || length <= 0 {
				return nil, fmt.Errorf("bad Content-Length %q", value)
			}
		}
	}
	if length < 0 {
		return nil, errors.New("message without Content-Length")
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(r, body); err != nil {
		return nil, fmt.Errorf("reading body: %w", err)
	}
	var m Message
	if err := json.Unmarshal(body, &m); err != nil {
		return nil, fmt.Errorf("invalid JSON from the server: %w: %s", err, body)
	}
	if m.JSONRPC != "2.0" {
		return nil, fmt.Errorf("message without jsonrpc 2.0: %s", body)
	}
	if m.Method == "" && m.Result == nil && m.Error == nil {
		return nil, fmt.Errorf("response with neither result nor error: %s", body)
	}
	return &m, nil
}

// ReadAll parses a server's whole output strictly.
func ReadAll(out []byte) ([]*Message, error) {
	r := bufio.NewReader(bytes.NewReader(out))
	var ms []*Message
	for {
		m, err := readMessage(r)
		if err == io.EOF {
			return ms, nil
		}
		if err != nil {
			return ms, err
		}
		ms = append(ms, m)
	}
}

// publication is a publishDiagnostics notification, decoded.
type publication struct {
	params protocol.PublishDiagnosticsParams
	err    error
}

func (c *Client) record(m *Message) {
	var pub publication
	if m.Method == protocol.MethodTextDocumentPublishDiagnostics {
		pub.err = json.Unmarshal(m.Params, &pub.params)
	}
	c.mu.Lock()
	c.received = append(c.received, m)
	if m.Method == protocol.MethodTextDocumentPublishDiagnostics {
		c.published = append(c.published, pub)
	}
	c.broadcastLocked()
	c.mu.Unlock()
}

func (c *Client) broadcastLocked() {
	close(c.changed)
	c.changed = make(chan struct{})
}

// answer replies to a request from the server as an editor would.
func (c *Client) answer(m *Message) {
	var result any
	var rerr *ResponseError
	switch m.Method {
	case protocol.MethodWorkspaceConfiguration:
		var p protocol.ConfigurationParams
		_ = json.Unmarshal(m.Params, &p)
		c.mu.Lock()
		settings := c.settings
		c.mu.Unlock()
		items := make([]any, len(p.Items))
		for i := range items {
			items[i] = settings
		}
		result = items
	case protocol.MethodWorkspaceApplyEdit:
		result = map[string]any{"applied": true}
	case protocol.MethodClientRegisterCapability, protocol.MethodClientUnregisterCapability,
		protocol.MethodWorkDoneProgressCreate, "workspace/inlayHint/refresh":
	default:
		rerr = &ResponseError{Code: -32601, Message: "client does not support " + m.Method}
	}
	resp := map[string]any{"jsonrpc": "2.0", "id": m.ID}
	if rerr != nil {
		resp["error"] = rerr
	} else {
		resp["result"] = result
	}
	_ = c.write(resp) // if the server is gone, nobody waits for the answer
}

// SetSettings sets what the client answers to workspace/configuration.
func (c *Client) SetSettings(v any) {
	c.mu.Lock()
	c.settings = v
	c.mu.Unlock()
}

// write sends a message. It may run on the client's own goroutines, so it
// reports to its caller, never to the test.
func (c *Client) write(v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return c.WriteRaw([]byte(fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body)))
}

// WriteRaw sends bytes as they are, for tests of malformed input. It fails
// once the server has closed its input.
func (c *Client) WriteRaw(b []byte) error {
	c.wm.Lock()
	defer c.wm.Unlock()
	_, err := c.w.Write(b)
	return err
}

// CloseInput closes the server's input, as an editor that goes away.
func (c *Client) CloseInput() { c.w.Close() }

// Pending is a request sent and not yet answered.
type Pending struct {
	ID     int
	c      *Client
	method string
	ch     chan *Message
	err    error // the request could not be sent
}

// Go sends a request without waiting for the response.
func (c *Client) Go(method string, params any) *Pending {
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	ch := make(chan *Message, 1)
	c.pending[strconv.Itoa(id)] = ch
	c.mu.Unlock()
	msg := map[string]any{"jsonrpc": "2.0", "id": id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	return &Pending{ID: id, c: c, method: method, ch: ch, err: c.write(msg)}
}

// Wait waits for the response and decodes its result into result (if not
// nil). A JSON-RPC error is returned as a *ResponseError.
func (p *Pending) Wait(result any) error {
	if p.err != nil {
		return fmt.Errorf("sending %s: %w", p.method, p.err)
	}
	select {
	case m := <-p.ch:
		if m.Error != nil {
			return m.Error
		}
		if result != nil {
			if err := json.Unmarshal(m.Result, result); err != nil {
				return fmt.Errorf("decoding the result of %s: %w: %s", p.method, err, m.Result)
			}
		}
		return nil
	case <-time.After(Timeout):
		p.c.t.Fatalf("lsptest: no response to %s (id %d) after %v", p.method, p.ID, Timeout)
		return nil
	}
}

// Cancel sends $/cancelRequest for the request.
func (p *Pending) Cancel() error {
	return p.c.Notify(protocol.MethodCancelRequest, map[string]any{"id": p.ID})
}

// Call sends a request and waits for its response.
func (c *Client) Call(method string, params, result any) error {
	return c.Go(method, params).Wait(result)
}

// Notify sends a notification. It fails once the server has closed its
// input.
func (c *Client) Notify(method string, params any) error {
	msg := map[string]any{"jsonrpc": "2.0", "method": method}
	if params != nil {
		msg["params"] = params
	}
	return c.write(msg)
}

// Received returns the notifications and requests the server sent with the
// given method, in order.
func (c *Client) Received(method string) []*Message {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []*Message
	for _, m := range c.received {
		if m.Method == method {
			out = append(out, m)
		}
	}
	return out
}

// Orphans returns the responses that answer no pending request, such as
// the errors for unreadable messages (id null).
func (c *Client) Orphans() []*Message {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]*Message(nil), c.orphans...)
}

// ReadErr returns why the client stopped reading (io.EOF when the server
// closed its output), or nil while it reads.
func (c *Client) ReadErr() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.readErr
}

// Await waits until cond, evaluated after every message received, holds.
// The test fails with what after Timeout.
func (c *Client) Await(what string, cond func() bool) {
	c.t.Helper()
	deadline := time.After(Timeout)
	for {
		c.mu.Lock()
		changed, readErr := c.changed, c.readErr
		c.mu.Unlock()
		if cond() {
			return
		}
		if readErr != nil {
			c.t.Fatalf("lsptest: waiting for %s: the server's output ended: %v", what, readErr)
		}
		select {
		case <-changed:
		case <-deadline:
			c.t.Fatalf("lsptest: waiting for %s: timed out after %v", what, Timeout)
		}
	}
}

// Diagnostics returns every publishDiagnostics for uri, in order.
func (c *Client) Diagnostics(uri string) []protocol.PublishDiagnosticsParams {
	var out []protocol.PublishDiagnosticsParams
	c.eachPublication(false, func(p protocol.PublishDiagnosticsParams) bool {
		if string(p.URI) == uri {
			out = append(out, p)
		}
		return true
	})
	return out
}

// eachPublication calls fn with the publications received so far, in order
// or newest first, while it returns true.
func (c *Client) eachPublication(newestFirst bool, fn func(protocol.PublishDiagnosticsParams) bool) {
	c.t.Helper()
	c.mu.Lock()
	pubs := c.published[:len(c.published):len(c.published)]
	c.mu.Unlock()
	for i := range pubs {
		if newestFirst {
			i = len(pubs) - 1 - i
		}
		if err := pubs[i].err; err != nil {
			c.t.Errorf("lsptest: malformed publishDiagnostics: %v", err)
			continue
		}
		p := pubs[i].params
		p.Diagnostics = slices.Clone(p.Diagnostics) // the caller's to sort or change
		if !fn(p) {
			return
		}
	}
}

// LatestDiagnostics returns the last diagnostics published for uri (nil if
// none or cleared).
func (c *Client) LatestDiagnostics(uri string) []protocol.Diagnostic {
	all := c.Diagnostics(uri)
	if len(all) == 0 {
		return nil
	}
	return all[len(all)-1].Diagnostics
}

// AwaitDiagnostics waits for a publication for uri at the given document
// version (0: any) and returns its diagnostics.
func (c *Client) AwaitDiagnostics(uri string, version int32) []protocol.Diagnostic {
	c.t.Helper()
	var got []protocol.Diagnostic
	c.Await(fmt.Sprintf("diagnostics for %s version %d", uri, version), func() bool {
		found := false
		c.eachPublication(true, func(p protocol.PublishDiagnosticsParams) bool {
			if string(p.URI) == uri && (version == 0 || p.Version == uint32(version)) {
				got, found = p.Diagnostics, true
			}
			return !found
		})
		return found
	})
	return got
}
