package lsp_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
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
		serveFuzz(t, in, framed, false, lsp.Options{
			Root:             "/ws",
			FS:               fstest.MapFS{"keys.nix": {Data: []byte("BAD GOOD\n")}, "sub/x.nix": {Data: []byte("BAD")}},
			Providers:        []provider{&lsptest.WordProvider{}},
			DiagnosticsDelay: -1,
		})
	})
}

// serveFuzz serves one fuzz input and checks the output. With settle, the
// input is held open until the server has been quiet for a moment, so that
// the work of requests is done rather than cancelled at the end of the
// input.
func serveFuzz(t *testing.T, in []byte, framed, settle bool, opts lsp.Options) {
	if framed {
		in = frameAll(bytes.Split(in, []byte(recordSeparator)))
	}
	out := &lockedBuffer{}
	var r io.Reader = bytes.NewReader(in)
	if settle {
		pr, pw := io.Pipe()
		r = pr
		go func() {
			pw.Write(in)
			for n, quiet := -1, 0; quiet < 4 && n < 1<<20; quiet++ {
				time.Sleep(5 * time.Millisecond)
				if m := len(out.Bytes()); m != n {
					n, quiet = m, 0
				}
			}
			pw.Close()
		}()
	}
	done := make(chan error, 1)
	go func() { done <- lsp.Serve(context.Background(), r, out, opts) }()
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
}

// policyFiles is a flake for FuzzServePolicy: keys in keys.json, a module
// with every kind of item, one mistake.
var policyFiles = fstest.MapFS{
	"flake.nix":   {Data: []byte(lsptest.FlakeNix("./secrets.nix"))},
	"keys.json":   {Data: []byte(`{ "alice": "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv", "web1": "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg" }`)},
	"secrets.nix": {Data: []byte(policySource)},
}

const policySource = `{ lib, ... }:
let keys = lib.importJSON ./keys.json; in
{
  flake.secrets.prod = {
    recipients.admins = [ { name = "alice"; age = keys.alice; } ];
    recipients.targets = map (name: { inherit name; age = keys.${name}; }) [ "web1" ];
    secret.app.targets = [ "web1" "*" ];
    secret.db = lib.mkDefault { admins = [ "alcie" ]; };
  };
}
`

// policySession opens secrets.nix and asks for everything, everywhere
// interesting; %s is the text of an edit in the middle.
var policySession = []string{
	session[0],
	session[1],
	`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///ws/secrets.nix","languageId":"nix","version":1,"text":` + strconv.Quote(policySource) + `}}}`,
	`{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///ws/secrets.nix"},"position":{"line":6,"character":12}}}`,
	`{"jsonrpc":"2.0","id":3,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///ws/secrets.nix"},"position":{"line":6,"character":28}}}`,
	`{"jsonrpc":"2.0","id":4,"method":"textDocument/definition","params":{"textDocument":{"uri":"file:///ws/secrets.nix"},"position":{"line":6,"character":29}}}`,
	`{"jsonrpc":"2.0","id":5,"method":"textDocument/references","params":{"textDocument":{"uri":"file:///ws/secrets.nix"},"position":{"line":4,"character":35},"context":{"includeDeclaration":true}}}`,
	`{"jsonrpc":"2.0","id":6,"method":"textDocument/prepareRename","params":{"textDocument":{"uri":"file:///ws/secrets.nix"},"position":{"line":5,"character":78}}}`,
	`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///ws/secrets.nix","version":2},"contentChanges":[{"range":{"start":{"line":7,"character":42},"end":{"line":7,"character":47}},"text":"alice"}]}}`,
	`{"jsonrpc":"2.0","id":7,"method":"textDocument/rename","params":{"textDocument":{"uri":"file:///ws/secrets.nix"},"position":{"line":5,"character":78},"newName":"web2"}}`,
	`{"jsonrpc":"2.0","id":8,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///ws/secrets.nix"},"range":{"start":{"line":7,"character":0},"end":{"line":8,"character":0}},"context":{"diagnostics":[]}}}`,
	`{"jsonrpc":"2.0","id":9,"method":"workspace/executeCommand","params":{"command":"secrets-lsp.writeSopsYaml","arguments":["."]}}`,
	`{"jsonrpc":"2.0","id":10,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///ws/secrets.nix"}}}`,
	`{"jsonrpc":"2.0","id":11,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"file:///ws/secrets.nix"},"range":{"start":{"line":0,"character":0},"end":{"line":10,"character":0}}}}`,
}

// FuzzServePolicy is FuzzServe with the providers of the binary on a flake:
// every request of the policy features, on arbitrary edits and positions.
//
//	go test -run XXX -fuzz FuzzServePolicy -fuzzminimizetime 10x ./lsp/
func FuzzServePolicy(f *testing.F) {
	f.Add([]byte(strings.Join(policySession, recordSeparator)), true)
	f.Add([]byte(strings.Join(policySession[:3], recordSeparator)+recordSeparator+`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///ws/secrets.nix","version":2},"contentChanges":[{"range":{"start":{"line":4,"character":0},"end":{"line":5,"character":0}},"text":"{ ]"}]}}`+recordSeparator+strings.Join(policySession[3:], recordSeparator)), true)
	f.Fuzz(func(t *testing.T, in []byte, framed bool) {
		serveFuzz(t, in, framed, true, lsp.Options{Root: "/ws", FS: policyFiles, Providers: lsp.DefaultProviders(), DiagnosticsDelay: -1})
	})
}
