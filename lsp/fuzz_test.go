package lsp_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/secrets-lsp/secrets-lsp/lsp"
	"github.com/secrets-lsp/secrets-lsp/lsp/lsptest"
)

// recordSeparator splits the fuzz input into message bodies in framed mode.
const recordSeparator = "\x1e"

// session is a complete, valid session as message bodies.
var session = []string{
	`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"workspaceFolders":[{"uri":"file:///ws","name":"ws"}],"capabilities":{"general":{"positionEncodings":["utf-8"]},"workspace":{"configuration":true,"didChangeWatchedFiles":{"dynamicRegistration":true}}}}}`,
	`{"jsonrpc":"2.0","method":"initialized","params":{}}`,
	`{"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"verbose"}}`,
	`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///ws/a.nix","languageId":"nix","version":1,"text":"{ x = \"é𝄞 BAD\"; }\n"}}}`,
	`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///ws/a.nix","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":2},"end":{"line":0,"character":3}},"text":"BAD"},{"text":"BAD\nGOOD"}]}}`,
	`{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///ws/a.nix"},"position":{"line":1,"character":2}}}`,
	`{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":2}}`,
	`{"jsonrpc":"2.0","id":3,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///ws/keys.nix"},"position":{"line":0,"character":1}}}`,
	`{"jsonrpc":"2.0","method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":"file:///ws/keys.nix","type":2}]}}`,
	`{"jsonrpc":"2.0","method":"workspace/didChangeWorkspaceFolders","params":{"event":{"added":[{"uri":"file:///ws/sub","name":"sub"}],"removed":[]}}}`,
	`{"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"secrets-lsp":{"diagnosticsDelay":1}}}}`,
	`{"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///ws/a.nix"}}}`,
	`{"jsonrpc":"2.0","id":4,"method":"shutdown"}`,
	`{"jsonrpc":"2.0","method":"exit"}`,
}

func frameAll[B ~string | ~[]byte](bodies []B) []byte {
	var b bytes.Buffer
	for _, body := range bodies {
		fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s", len(body), body)
	}
	return b.Bytes()
}

// lockedBuffer is the server's output; the reader may still write after
// Serve returns.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) Bytes() []byte {
	l.mu.Lock()
	defer l.mu.Unlock()
	return bytes.Clone(l.b.Bytes())
}

// FuzzServe feeds arbitrary input to a server: raw bytes, or (framed) bodies
// separated by U+001E, each given a correct header so that the fuzzer
// explores JSON-RPC and LSP rather than framing (which lsp/framing fuzzes).
// The server must not panic, must stop at the end of its input, and must
// write only well-formed messages.
//
//	go test -run XXX -fuzz FuzzServe -fuzzminimizetime 10x ./lsp/
//
// (with the default time-based minimization the engine spends a minute on
// every new input).
func FuzzServe(f *testing.F) {
	joined := ""
	for i, b := range session {
		if i > 0 {
			joined += recordSeparator
		}
		joined += b
	}
	f.Add([]byte(joined), true)
	f.Add(frameAll(session), false)
	f.Add(frameAll(session[3:]), false) // nothing initialized
	f.Add([]byte(session[0]+recordSeparator+`{"jsonrpc":"2.0","id":9,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///ws/keys.nix"},"position":{"line":99,"character":0}}}`), true)
	f.Add([]byte(session[0]+recordSeparator+`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///ws/keys.nix","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":0},"end":{"line":9,"character":0}},"text":""}]}}`), true)
	f.Fuzz(func(t *testing.T, in []byte, framed bool) {
		if framed {
			in = frameAll(bytes.Split(in, []byte(recordSeparator)))
		}
		out := &lockedBuffer{}
		opts := lsp.Options{
			Root:             "/ws",
			FS:               fstest.MapFS{"keys.nix": {Data: []byte("BAD GOOD\n")}, "sub/x.nix": {Data: []byte("BAD")}},
			Providers:        []provider{&lsptest.WordProvider{}},
			DiagnosticsDelay: -1,
		}
		done := make(chan error, 1)
		go func() { done <- lsp.Serve(context.Background(), bytes.NewReader(in), out, opts) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatal("the server did not stop at the end of its input")
		}
		msgs, err := lsptest.ReadAll(out.Bytes())
		if err != nil {
			t.Fatalf("malformed output: %v", err)
		}
		for _, m := range msgs {
			if m.Error != nil && m.Error.Code == -32603 {
				t.Errorf("internal error: %s", m.Error.Message)
			}
			if m.Method == "textDocument/publishDiagnostics" && !json.Valid(m.Params) {
				t.Errorf("invalid params: %s", m.Params)
			}
		}
	})
}
