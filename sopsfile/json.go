package sopsfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// jsonReader reads a JSON document token by token as SOPS' JSON store does
// (stores/json/store.go), keeping the offset of every key and value.
type jsonReader struct {
	src []byte
	dec *json.Decoder
}

// parseJSON reads a JSON file (or a binary-store file) into one branch.
// Like SOPS it needs a top-level object, accepts duplicate keys and
// ignores what follows the object.
func parseJSON(tf *token.File) (*document, error) {
	r := &jsonReader{src: tf.Source(), dec: json.NewDecoder(bytes.NewReader(tf.Source()))}
	r.dec.UseNumber()
	tok, start, err := r.next()
	if err != nil {
		return nil, r.fail(start, err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, &Error{Offset: start, Msg: "SOPS only supports JSON files with a top-level object"}
	}
	root := &node{kind: mappingNode, pos: start}
	if err := r.object(root); err != nil {
		return nil, err
	}
	return &document{branches: []*node{root}}, nil
}

// next returns the next token and the offset where it starts: the decoder
// reports where the previous token ended, before blanks and separators.
func (r *jsonReader) next() (json.Token, token.Pos, error) {
	off := int(r.dec.InputOffset())
	for off < len(r.src) && bytes.IndexByte([]byte(" \t\r\n,:"), r.src[off]) >= 0 {
		off++
	}
	tok, err := r.dec.Token()
	return tok, token.Pos(off), err
}

func (r *jsonReader) fail(at token.Pos, err error) error {
	var syn *json.SyntaxError
	switch {
	case errors.As(err, &syn):
		// In a token stream the decoder's offset can lag behind the
		// token that failed (where at points).
		return &Error{Offset: max(token.Pos(syn.Offset), at), Msg: "invalid JSON: " + withoutCharacter(syn.Error())}
	case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
		return &Error{Offset: token.Pos(len(r.src)), Msg: "invalid JSON: unexpected end of file (truncated?)"}
	}
	return &Error{Offset: at, Msg: "invalid JSON: " + err.Error()}
}

// withoutCharacter drops the character encoding/json quotes in "invalid
// character 'x' looking for …": it may be the first of a secret typed
// without quotes, and the position already says where it is.
func withoutCharacter(msg string) string {
	const prefix = "invalid character '"
	if !strings.HasPrefix(msg, prefix) {
		return msg
	}
	// The quoted character ends at the first quote followed by a space
	// ('\'' is the quote itself).
	if i := strings.Index(msg[len(prefix)+1:], "' "); i >= 0 {
		return "invalid character" + msg[len(prefix)+1+i+1:]
	}
	return msg
}

// object reads the members of an object whose '{' was read.
func (r *jsonReader) object(into *node) error {
	for {
		tok, start, err := r.next()
		if err != nil {
			return r.fail(start, err)
		}
		if d, ok := tok.(json.Delim); ok && d == '}' {
			return nil
		}
		key, ok := tok.(string)
		if !ok {
			return &Error{Offset: start, Msg: fmt.Sprintf("invalid JSON: expected an object key, got %v", tok)}
		}
		child, err := r.value()
		if err != nil {
			return err
		}
		if child == nil {
			return &Error{Offset: start, Msg: "invalid JSON: a key without a value"}
		}
		child.key, child.pos = key, start
		into.children = append(into.children, child)
	}
}

// array reads the items of an array whose '[' was read.
func (r *jsonReader) array(into *node) error {
	for {
		child, err := r.value()
		if err != nil {
			return err
		}
		if child == nil {
			return nil
		}
		into.children = append(into.children, child)
	}
}

// value reads one value; nil (and no error) means the ']' closing an array.
func (r *jsonReader) value() (*node, error) {
	tok, start, err := r.next()
	if err != nil {
		return nil, r.fail(start, err)
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			n := &node{kind: mappingNode, pos: start}
			return n, r.object(n)
		case '[':
			n := &node{kind: sequenceNode, pos: start}
			return n, r.array(n)
		case ']':
			return nil, nil
		}
		return nil, &Error{Offset: start, Msg: fmt.Sprintf("invalid JSON: unexpected %v", t)}
	case nil:
		return &node{kind: nullNode, pos: start}, nil
	case string:
		return &node{kind: scalarNode, pos: start, text: t, isString: true}, nil
	case json.Number:
		return &node{kind: scalarNode, pos: start, text: t.String()}, nil
	case bool:
		return &node{kind: scalarNode, pos: start, text: fmt.Sprint(t)}, nil
	}
	return nil, &Error{Offset: start, Msg: fmt.Sprintf("invalid JSON: unexpected token %v", tok)}
}
