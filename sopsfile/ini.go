package sopsfile

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// iniReader reads INI the way SOPS' INI store does: with gopkg.in/ini.v1
// and its default options (plus non-unique sections), then one tree item
// per section (stores/ini/store.go). Values may be secrets: error messages
// never quote a line.
type iniReader struct {
	src []byte
	off int // start of the next line
	eof bool

	comment    strings.Builder
	commentPos token.Pos
}

type iniSection struct {
	name       string
	pos        token.Pos
	comment    string
	commentPos token.Pos
	keys       []*iniKey
	byName     map[string]*iniKey
	autoCount  int
}

type iniKey struct {
	name, value string
	pos         token.Pos
	comment     string
	commentPos  token.Pos
}

// readLine returns the next line with its '\n', like bufio's ReadBytes.
func (r *iniReader) readLine() ([]byte, token.Pos) {
	start := r.off
	i := bytes.IndexByte(r.src[start:], '\n')
	if i < 0 {
		r.off, r.eof = len(r.src), true
		return r.src[start:], token.Pos(start)
	}
	r.off = start + i + 1
	return r.src[start:r.off], token.Pos(start)
}

func (r *iniReader) writeComment(s string, p token.Pos) {
	if r.comment.Len() == 0 {
		r.commentPos = p
	}
	r.comment.WriteString(s)
}

func (r *iniReader) takeComment() (string, token.Pos) {
	s := strings.TrimSpace(r.comment.String())
	r.comment.Reset()
	return s, r.commentPos
}

func parseINI(tf *token.File) (*document, error) {
	r := &iniReader{src: tf.Source()}
	switch {
	case bytes.HasPrefix(r.src, []byte("\xef\xbb\xbf")):
		r.off = 3
	case bytes.HasPrefix(r.src, []byte("\xfe\xff")), bytes.HasPrefix(r.src, []byte("\xff\xfe")):
		r.off = 2 // ini.v1 skips a UTF-16 mark without decoding
	}
	section := &iniSection{name: "DEFAULT", byName: map[string]*iniKey{}, autoCount: 1}
	sections := []*iniSection{section}
	for !r.eof {
		raw, p := r.readLine()
		line := bytes.TrimLeftFunc(raw, unicode.IsSpace)
		p += token.Pos(len(raw) - len(line))
		if len(line) == 0 {
			continue
		}
		switch line[0] {
		case '#', ';':
			r.writeComment(string(line), p)
			continue
		case '[':
			end := bytes.LastIndexByte(line, ']')
			if end < 0 {
				return nil, &Error{Offset: p, Msg: "invalid INI: unclosed section header"}
			}
			if end == 1 {
				return nil, &Error{Offset: p, Msg: "invalid INI: empty section name"}
			}
			section = &iniSection{name: string(line[1:end]), pos: p, byName: map[string]*iniKey{}, autoCount: 1}
			sections = append(sections, section)
			if i := bytes.IndexAny(line[end+1:], "#;"); i >= 0 {
				r.writeComment(string(line[end+1+i:]), p+token.Pos(end+1+i))
			}
			section.comment, section.commentPos = r.takeComment()
			continue
		}
		name, offset, err := r.keyName(string(line), p)
		if err != nil {
			return nil, err
		}
		if name == "-" {
			name = "#" + strconv.Itoa(section.autoCount)
			section.autoCount++
		}
		value, err := r.value(string(line[offset:]), p+token.Pos(offset))
		if err != nil {
			return nil, err
		}
		k := section.byName[name]
		if k == nil {
			k = &iniKey{name: name, pos: p}
			section.byName[name] = k
			section.keys = append(section.keys, k)
		}
		k.value = value
		k.comment, k.commentPos = r.takeComment()
	}
	root := &node{kind: mappingNode}
	for _, s := range sections {
		root.children = append(root.children, s.node())
	}
	return &document{branches: []*node{root}}, nil
}

// node is the section as SOPS' treeItemFromSection builds it: the section
// comment first, then each key followed by its comment.
func (s *iniSection) node() *node {
	n := &node{kind: mappingNode, key: s.name, pos: s.pos}
	if s.comment != "" {
		n.children = append(n.children, &node{kind: commentNode, pos: s.commentPos, text: stripINIComment(s.comment)})
	}
	for _, k := range s.keys {
		n.children = append(n.children, &node{kind: scalarNode, isString: true, key: k.name, pos: k.pos, text: k.value})
		if k.comment != "" {
			n.children = append(n.children, &node{kind: commentNode, pos: k.commentPos, text: stripINIComment(k.comment)})
		}
	}
	return n
}

// stripINIComment drops the comment marker as SOPS does.
func stripINIComment(c string) string {
	switch {
	case strings.HasPrefix(c, ";"):
		return strings.TrimLeft(c, "; ")
	case strings.HasPrefix(c, "#"):
		return strings.TrimLeft(c, "# ")
	}
	return c
}

// keyName reads the key of a line: quoted with ", """ or `, or up to the
// first '=' or ':'. It returns the offset just past the delimiter.
func (r *iniReader) keyName(line string, p token.Pos) (string, int, error) {
	quote := ""
	switch {
	case len(line) > 6 && strings.HasPrefix(line, `"""`):
		quote = `"""`
	case line[0] == '"':
		quote = `"`
	case line[0] == '`':
		quote = "`"
	}
	if quote != "" {
		start := len(quote)
		end := strings.Index(line[start:], quote)
		if end < 0 {
			return "", 0, &Error{Offset: p, Msg: "invalid INI: missing closing key quote"}
		}
		end += start
		i := strings.IndexAny(line[end+start:], "=:")
		if i < 0 {
			return "", 0, &Error{Offset: p, Msg: "invalid INI: key-value delimiter not found"}
		}
		return strings.TrimSpace(line[start:end]), end + i + start + 1, nil
	}
	end := strings.IndexAny(line, "=:")
	if end < 0 {
		return "", 0, &Error{Offset: p, Msg: "invalid INI: key-value delimiter not found"}
	}
	if end == 0 {
		return "", 0, &Error{Offset: p, Msg: "invalid INI: empty key name"}
	}
	return strings.TrimSpace(line[:end]), end + 1, nil
}

// value reads a value, which starts at p, and for multi-line forms the
// lines it spans.
func (r *iniReader) value(in string, p token.Pos) (string, error) {
	line := strings.TrimLeftFunc(in, unicode.IsSpace)
	p += token.Pos(len(in) - len(line))
	if line == "" {
		return "", nil
	}
	quote := ""
	switch {
	case len(line) > 3 && strings.HasPrefix(line, `"""`):
		quote = `"""`
	case line[0] == '`':
		quote = "`"
	}
	if quote != "" {
		rest := line[len(quote):]
		if end := strings.LastIndex(rest, quote); end >= 0 {
			return rest[:end], nil
		}
		return r.multiline(rest, quote, p)
	}
	line = strings.TrimSpace(line)
	if line[len(line)-1] == '\\' {
		return r.continuation(line[:len(line)-1]), nil
	}
	if i := strings.IndexAny(line, "#;"); i >= 0 {
		r.writeComment(line[i:], p+token.Pos(i))
		line = strings.TrimSpace(line[:i])
	}
	for _, q := range []byte{'\'', '"'} {
		if len(line) >= 2 && line[0] == q && line[len(line)-1] == q && strings.IndexByte(line[1:], q) == len(line)-2 {
			return line[1 : len(line)-1], nil
		}
	}
	return line, nil
}

// multiline reads a """…""" or `…` value up to its closing quote.
func (r *iniReader) multiline(val, quote string, p token.Pos) (string, error) {
	for {
		raw, lp := r.readLine()
		next := string(raw)
		if end := strings.LastIndex(next, quote); end >= 0 {
			rest := strings.TrimRight(next[end+len(quote):], "\r\n")
			if strings.HasSuffix(strings.TrimSpace(rest), `\`) {
				val += next
				continue
			}
			val += next[:end]
			if i := strings.IndexAny(next[end:], "#;"); i >= 0 {
				r.writeComment(strings.TrimSpace(next[end+i:]), lp+token.Pos(end+i))
			}
			return val, nil
		}
		val += next
		if r.eof {
			return "", &Error{Offset: p, Msg: "invalid INI: missing closing quote " + quote}
		}
	}
}

// continuation joins the lines of a value ending in '\'.
func (r *iniReader) continuation(val string) string {
	for {
		raw, _ := r.readLine()
		next := strings.TrimSpace(string(raw))
		if next == "" {
			return val
		}
		val += next
		if val[len(val)-1] != '\\' {
			return val
		}
		val = val[:len(val)-1]
	}
}
