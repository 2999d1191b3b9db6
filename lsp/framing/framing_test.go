package framing

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"

	"go.lsp.dev/jsonrpc2"
)

func frame(body string) string { return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body) }

const (
	ping   = `{"jsonrpc":"2.0","id":1,"method":"ping"}`
	notify = `{"jsonrpc":"2.0","method":"note","params":{"a":1}}`
)

// describe renders a message as "method#id", "method" or "response#id".
func describe(m jsonrpc2.Message) string {
	switch m := m.(type) {
	case *jsonrpc2.Call:
		return fmt.Sprintf("%s#%v", m.Method(), m.ID())
	case *jsonrpc2.Notification:
		return m.Method()
	case *jsonrpc2.Response:
		return fmt.Sprintf("response#%v", m.ID())
	}
	return fmt.Sprintf("%T", m)
}

// readFrames parses what the stream wrote, strictly.
func readFrames(t *testing.T, out []byte) []string {
	t.Helper()
	r := bufio.NewReader(bytes.NewReader(out))
	var got []string
	for {
		line, err := r.ReadString('\n')
		if err == io.EOF && line == "" {
			return got
		}
		v, ok := strings.CutPrefix(line, "Content-Length: ")
		if !ok {
			t.Fatalf("bad header %q", line)
		}
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil {
			t.Fatal(err)
		}
		if blank, _ := r.ReadString('\n'); blank != "\r\n" {
			t.Fatalf("header not ended by a blank line: %q", blank)
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(r, body); err != nil {
			t.Fatal(err)
		}
		var resp struct {
			JSONRPC string          `json:"jsonrpc"`
			ID      json.RawMessage `json:"id"`
			Error   *struct {
				Code    int    `json:"code"`
				Message string `json:"message"`
			} `json:"error"`
		}
		if err := json.Unmarshal(body, &resp); err != nil || resp.Error == nil || resp.JSONRPC != "2.0" {
			t.Fatalf("not an error response: %s (%v)", body, err)
		}
		got = append(got, fmt.Sprintf("error %d id=%s", resp.Error.Code, resp.ID))
	}
}

type nopCloser struct{ io.Reader }

func TestRead(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []string // delivered messages, in order
		replies []string // error responses written
		wantErr error
	}{
		{"two messages", frame(ping) + frame(notify), []string{"ping#1", "note"}, nil, io.EOF},
		{"content-type and case", "content-length: 40\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + ping, []string{"ping#1"}, nil, io.EOF},
		{"bare LF line ends", "Content-Length: 40\n\n" + ping, []string{"ping#1"}, nil, io.EOF},
		{"blank lines between messages", "\r\n\r\n" + frame(ping) + "\r\n" + frame(notify), []string{"ping#1", "note"}, nil, io.EOF},
		{"bad JSON", frame(`{"jsonrpc":"2.0","id":1,`) + frame(ping), []string{"ping#1"}, []string{"error -32700 id=null"}, io.EOF},
		{"not an object", frame(`[1,2]`) + frame(`"x"`) + frame(ping), []string{"ping#1"}, []string{"error -32600 id=null", "error -32600 id=null"}, io.EOF},
		{"wrong types keep the id", frame(`{"jsonrpc":"2.0","id":7,"method":5}`) + frame(`{"id":"s","method":"m","jsonrpc":"1.0"}`) + frame(ping),
			[]string{"ping#1"}, []string{"error -32600 id=7", "error -32600 id=\"s\""}, io.EOF},
		{"no method no id", frame(`{"jsonrpc":"2.0"}`) + frame(`null`), nil, []string{"error -32600 id=null", "error -32600 id=null"}, io.EOF},
		{"garbage line then message", "hello world\r\n" + frame(ping), []string{"ping#1"}, []string{"error -32700 id=null"}, io.EOF},
		{"garbage glued to a header", "xx}{Content-Length: 40\r\n\r\n" + ping, []string{"ping#1"}, []string{"error -32700 id=null"}, io.EOF},
		{"missing content-length", "Content-Type: x\r\n\r\n" + frame(ping), []string{"ping#1"}, []string{"error -32700 id=null"}, io.EOF},
		{"non-numeric length", "Content-Length: abc\r\n\r\n" + frame(ping), []string{"ping#1"}, []string{"error -32700 id=null"}, io.EOF},
		{"negative length", "Content-Length: -5\r\n\r\n" + frame(ping), []string{"ping#1"}, []string{"error -32700 id=null"}, io.EOF},
		{"zero length", "Content-Length: 0\r\n\r\n" + frame(ping), []string{"ping#1"}, []string{"error -32700 id=null"}, io.EOF},
		{"over the limit is skipped", frame(`{"jsonrpc":"2.0","method":"big","params":"`+strings.Repeat("x", 300)+`"}`) + frame(ping),
			[]string{"ping#1"}, []string{"error -32700 id=null"}, io.EOF},
		{"length too short resyncs", "Content-Length: 20\r\n\r\n" + ping + frame(notify),
			[]string{"note"}, []string{"error -32700 id=null", "error -32700 id=null"}, io.EOF},
		{"truncated body", "Content-Length: 99\r\n\r\n" + ping, nil, nil, io.ErrUnexpectedEOF},
		{"truncated header", "Content-Length: 40\r\n", nil, nil, io.ErrUnexpectedEOF},
		{"endless header line", strings.Repeat("z", 100000), nil, nil, io.EOF},
		{"response from the client", frame(`{"jsonrpc":"2.0","id":3,"result":null}`), []string{"response#3"}, nil, io.EOF},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			s := New(strings.NewReader(tt.in), &out, nil, 256)
			var got []string
			var err error
			for {
				var m jsonrpc2.Message
				if m, _, err = s.Read(context.Background()); err != nil {
					break
				}
				got = append(got, describe(m))
			}
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("final error %v, want %v", err, tt.wantErr)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("delivered %q, want %q", got, tt.want)
			}
			if replies := readFrames(t, out.Bytes()); fmt.Sprint(replies) != fmt.Sprint(tt.replies) {
				t.Errorf("replies %q, want %q", replies, tt.replies)
			}
		})
	}
}

func TestWriteAndCount(t *testing.T) {
	var out bytes.Buffer
	s := New(strings.NewReader(""), &out, nil, 1<<20)
	call, err := jsonrpc2.NewCall(jsonrpc2.NewNumberID(4), "x", map[string]int{"a": 1})
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.Write(context.Background(), call)
	if err != nil {
		t.Fatal(err)
	}
	if int(n) != out.Len() {
		t.Errorf("Write reported %d bytes, wrote %d", n, out.Len())
	}
	back := New(&out, io.Discard, nil, 1<<20)
	m, _, err := back.Read(context.Background())
	if err != nil || describe(m) != "x#4" {
		t.Fatalf("read back %v, %v", m, err)
	}
	if string(m.(*jsonrpc2.Call).Params()) != `{"a":1}` {
		t.Errorf("params %s", m.(*jsonrpc2.Call).Params())
	}
}

func TestCloseCallsCloser(t *testing.T) {
	closed := false
	s := New(strings.NewReader(""), io.Discard, func() error { closed = true; return nil }, 10)
	if err := s.Close(); err != nil || !closed {
		t.Errorf("Close = %v, closer called %v", err, closed)
	}
	if err := New(nopCloser{strings.NewReader("")}, io.Discard, nil, 10).Close(); err != nil {
		t.Errorf("Close without closer = %v", err)
	}
}

func TestReadHonoursContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := New(strings.NewReader(frame(ping)), io.Discard, nil, 100).Read(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Read with a cancelled context = %v", err)
	}
}

// FuzzRead feeds arbitrary bytes to the stream: it must never panic, must
// end at the end of the input, and must write only well-formed frames.
func FuzzRead(f *testing.F) {
	f.Add([]byte(frame(ping) + frame(notify)))
	f.Add([]byte("Content-Length: 20\r\n\r\n" + ping + frame(notify)))
	f.Add([]byte("xx}{Content-Length: 40\r\n\r\n" + ping))
	f.Add([]byte(frame(`{"id":[1],"method":{}}`)))
	f.Fuzz(func(t *testing.T, in []byte) {
		var out bytes.Buffer
		s := New(bytes.NewReader(in), &out, nil, 1<<16)
		for i := 0; ; i++ {
			if _, _, err := s.Read(context.Background()); err != nil {
				break
			}
			if i > len(in) {
				t.Fatalf("more messages than input bytes")
			}
		}
		readFrames(t, out.Bytes())
	})
}
