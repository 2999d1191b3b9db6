// Package framing carries JSON-RPC messages over the LSP base protocol
// (Content-Length headers) as a jsonrpc2.Stream that survives bad input.
//
// jsonrpc2's own stream gives up on the first malformed message, which would
// end the editor session. This one answers what it cannot read with a JSON-RPC
// error response and keeps reading: invalid JSON gets ParseError, JSON that is
// not a request gets InvalidRequest (with the request's id when it has one),
// and broken framing (garbage, a missing or bogus Content-Length, a message
// over the size limit) gets ParseError with a null id while the reader skips
// to the next header. Header lines are bounded in length and bodies are read
// as they arrive, so garbage cannot make it allocate more than the limit.
// Only an I/O error (end of input) ends the stream.
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
	"sync"

	"go.lsp.dev/jsonrpc2"
)

// maxHeaderLine bounds one header line; real headers are a few dozen bytes.
const maxHeaderLine = 1024

const contentLength = "content-length:"

// Stream implements jsonrpc2.Stream over a reader and a writer.
type Stream struct {
	in      *bufio.Reader
	out     io.Writer
	closer  func() error
	maxBody int64

	writeMu sync.Mutex // one message at a time on out
}

var _ jsonrpc2.Stream = (*Stream)(nil)

// New returns a stream reading messages of at most maxBody bytes from in and
// writing to out. Close calls closer, if not nil, which must unblock a
// pending read of in.
func New(in io.Reader, out io.Writer, closer func() error, maxBody int64) *Stream {
	return &Stream{in: bufio.NewReader(in), out: out, closer: closer, maxBody: maxBody}
}

// framingError is a problem with the input that the stream reports to the
// peer and then reads past.
type framingError struct {
	code jsonrpc2.Code
	id   json.RawMessage // the offending request's id, or nil
	msg  string
}

func (e *framingError) Error() string { return e.msg }

// Read implements jsonrpc2.Stream. It returns the next well-formed message,
// answering the malformed ones before it.
func (s *Stream) Read(ctx context.Context) (jsonrpc2.Message, int64, error) {
	var total int64
	for {
		if err := ctx.Err(); err != nil {
			return nil, total, err
		}
		msg, n, err := s.readOne()
		total += n
		var fe *framingError
		if errors.As(err, &fe) {
			if werr := s.writeError(fe); werr != nil {
				return nil, total, werr
			}
			continue
		}
		return msg, total, err
	}
}

// readOne reads one frame and decodes it.
func (s *Stream) readOne() (jsonrpc2.Message, int64, error) {
	length, n, err := s.readHeader()
	if err != nil {
		return nil, n, err
	}
	if length > s.maxBody {
		skipped, err := io.CopyN(io.Discard, s.in, length)
		if err != nil {
			return nil, n + skipped, err
		}
		return nil, n + skipped, &framingError{code: jsonrpc2.ParseError,
			msg: fmt.Sprintf("message of %d bytes is over the limit of %d bytes; skipped", length, s.maxBody)}
	}
	var body bytes.Buffer
	read, err := body.ReadFrom(io.LimitReader(s.in, length)) // grows as data arrives
	n += read
	if err != nil {
		return nil, n, err
	}
	if read < length {
		return nil, n, io.ErrUnexpectedEOF
	}
	msg, err := decode(body.Bytes())
	return msg, n, err
}

// readHeader reads header lines up to the empty line that ends them and
// returns the Content-Length. Blank lines before a header are skipped.
func (s *Stream) readHeader() (length int64, n int64, err error) {
	length = -1
	var garbage bool
	var problem string
	seen := false
	for {
		line, ln, err := s.readLine()
		n += ln
		if err != nil {
			if seen && err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return 0, n, err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			if !seen {
				continue
			}
			break
		}
		seen = true
		// A header glued to the tail of an unreadable message: resume at it.
		if i := indexFold(line, contentLength); i > 0 {
			garbage = true
			line = line[i:]
		}
		name, value, ok := strings.Cut(line, ":")
		switch {
		case !ok:
			garbage = true
		case strings.EqualFold(strings.TrimSpace(name), "Content-Length"):
			v, err := strconv.ParseInt(strings.TrimSpace(value), 10, 64)
			if err != nil || v < 0 {
				problem = fmt.Sprintf("invalid Content-Length %q", truncate(strings.TrimSpace(value)))
				continue
			}
			length = v
		}
		// Other headers (Content-Type) carry nothing we need.
	}
	switch {
	case problem != "":
		return 0, n, &framingError{code: jsonrpc2.ParseError, msg: problem}
	case length < 0:
		return 0, n, &framingError{code: jsonrpc2.ParseError, msg: "header without Content-Length"}
	case garbage:
		// The message itself is fine: answer the garbage, then deliver it.
		if err := s.writeError(&framingError{code: jsonrpc2.ParseError, msg: "skipped input that is not a header"}); err != nil {
			return 0, n, err
		}
	}
	return length, n, nil
}

// readLine reads one line, keeping at most maxHeaderLine bytes of it.
func (s *Stream) readLine() (string, int64, error) {
	var b []byte
	var n int64
	for {
		chunk, err := s.in.ReadSlice('\n')
		n += int64(len(chunk))
		if len(b) < maxHeaderLine {
			b = append(b, chunk[:min(len(chunk), maxHeaderLine-len(b))]...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return string(b), n, err
	}
}

// indexFold is strings.Index ignoring ASCII case. (strings.ToLower would
// change byte offsets on invalid UTF-8.)
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func truncate(s string) string {
	if len(s) > 32 {
		return s[:32] + "…"
	}
	return s
}

// decode parses a message body; only when that fails does it look closer,
// to say what is wrong and find an id to answer to.
func decode(body []byte) (jsonrpc2.Message, error) {
	msg, err := decodeMessage(body)
	if err == nil {
		return msg, nil
	}
	if !json.Valid(body) {
		return nil, &framingError{code: jsonrpc2.ParseError, msg: "message is not valid JSON"}
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(body, &fields) != nil {
		return nil, &framingError{code: jsonrpc2.InvalidRequest, msg: "message is not a JSON object (batches are not supported)"}
	}
	id := fields["id"]
	if len(id) > 0 && id[0] != '"' && !isNumber(id) {
		id = nil // not an id we may echo
	}
	return nil, &framingError{code: jsonrpc2.InvalidRequest, id: id, msg: "invalid JSON-RPC message: " + err.Error()}
}

// decodeMessage is jsonrpc2.DecodeMessage, which belongs to a dependency: a
// panic in it must not end the session.
func decodeMessage(body []byte) (msg jsonrpc2.Message, err error) {
	defer func() {
		if r := recover(); r != nil {
			msg, err = nil, fmt.Errorf("decoder panic: %v", r)
		}
	}()
	return jsonrpc2.DecodeMessage(body)
}

func isNumber(b json.RawMessage) bool {
	_, err := strconv.ParseInt(string(b), 10, 64)
	return err == nil
}

// errorResponse is a JSON-RPC error response written by the stream itself;
// jsonrpc2 cannot express a null id.
type errorResponse struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Error   *jsonrpc2.Error `json:"error"`
}

func (s *Stream) writeError(fe *framingError) error {
	id := fe.id
	if id == nil {
		id = json.RawMessage("null")
	}
	data, err := json.Marshal(errorResponse{JSONRPC: jsonrpc2.Version, ID: id, Error: jsonrpc2.NewError(fe.code, fe.msg)})
	if err != nil {
		return err
	}
	_, err = s.writeFrame(data)
	return err
}

// Write implements jsonrpc2.Stream.
func (s *Stream) Write(ctx context.Context, msg jsonrpc2.Message) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	data, err := json.Marshal(msg)
	if err != nil {
		return 0, fmt.Errorf("marshaling message: %w", err)
	}
	return s.writeFrame(data)
}

// writeFrame writes header and body in one call, so that a reader never
// sees half a message from a writer that stopped between the two.
func (s *Stream) writeFrame(body []byte) (int64, error) {
	frame := make([]byte, 0, len(body)+32)
	frame = append(frame, "Content-Length: "...)
	frame = strconv.AppendInt(frame, int64(len(body)), 10)
	frame = append(frame, "\r\n\r\n"...)
	frame = append(frame, body...)
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	n, err := s.out.Write(frame)
	return int64(n), err
}

// Close implements jsonrpc2.Stream.
func (s *Stream) Close() error {
	if s.closer == nil {
		return nil
	}
	return s.closer()
}
