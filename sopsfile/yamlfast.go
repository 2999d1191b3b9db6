package sopsfile

import (
	"bytes"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// fastYAML reads the YAML that sops writes, and nothing else, an order of
// magnitude faster than yaml.v3: one document, a block mapping at the top,
// block mappings and sequences indented with spaces (either sequence
// style sops has used), keys of plain word characters, single-line plain
// and quoted scalars, literal block scalars (the wrapped data keys), and
// empty flow collections. It gives up on anything else (comments, flow
// collections, anchors, tags, escapes, tabs, CR, non-ASCII, multi-line
// plain scalars, duplicate keys, several documents), and parseYAML then
// reads the file with yaml.v3. Where it succeeds, its tree is the one
// yamlConv builds from yaml.v3's (FuzzFastYAML checks it).
type fastYAML struct {
	src   []byte
	lines []fastLine
	next  int // the line to read next
}

type fastLine struct {
	start, end int // the line's bytes, without its '\n'
	indent     int // leading spaces
}

func (l fastLine) blank() bool { return l.start+l.indent == l.end }

// parseYAMLFast returns the document of src, or false when src is not in
// the subset it reads.
func parseYAMLFast(tf *token.File) (*document, bool) {
	src := tf.Source()
	if len(src) == 0 || src[len(src)-1] != '\n' {
		return nil, false
	}
	p := &fastYAML{src: src, lines: make([]fastLine, 0, bytes.Count(src, []byte{'\n'}))}
	start := 0
	for i, b := range src {
		switch {
		case b == '\n':
			l := fastLine{start: start, end: i}
			for l.start+l.indent < i && src[l.start+l.indent] == ' ' {
				l.indent++
			}
			if !l.blank() && (src[l.start+l.indent] == '#' || l.indent == 0 && isDocumentMarker(src[l.start:i])) {
				return nil, false // a comment, a directive or a document marker
			}
			p.lines = append(p.lines, l)
			start = i + 1
		case b < 0x20 || b >= 0x7f:
			return nil, false // tabs, CR, control characters, non-ASCII
		}
	}
	p.skipBlank()
	if p.next == len(p.lines) || p.lines[p.next].indent != 0 {
		return nil, false
	}
	first := p.lines[p.next].start
	root, ok := p.mapping(0, first)
	if !ok {
		return nil, false
	}
	p.skipBlank()
	if p.next != len(p.lines) {
		return nil, false
	}
	root.pos = token.Pos(first)
	return &document{branches: []*node{root}}, true
}

func isDocumentMarker(line []byte) bool {
	return line[0] == '%' || len(line) >= 3 && (string(line[:3]) == "---" || string(line[:3]) == "...")
}

// skipBlank moves past empty and all-space lines.
func (p *fastYAML) skipBlank() {
	for p.next < len(p.lines) && p.lines[p.next].blank() {
		p.next++
	}
}

// peekIndent returns the indentation of the next non-blank line, or -1 at
// the end.
func (p *fastYAML) peekIndent() int {
	p.skipBlank()
	if p.next == len(p.lines) {
		return -1
	}
	return p.lines[p.next].indent
}

// mapping reads a block mapping whose keys are at column indent; the
// first key starts at offset first of the next line (after a sequence
// item's "- ", for a mapping in a sequence).
func (p *fastYAML) mapping(indent, first int) (*node, bool) {
	m := &node{kind: mappingNode, pos: token.Pos(first)}
	at := first
	var keys map[string]bool // once the mapping is large
	for {
		l := p.lines[p.next]
		p.next++
		child, ok := p.entry(l, at, indent)
		if !ok || repeated(m.children, &keys, child.key) {
			return nil, false // duplicates: yaml.v3 says where
		}
		m.children = append(m.children, child)
		switch next := p.peekIndent(); {
		case next < indent:
			return m, true
		case next > indent:
			return nil, false
		case p.isItem(p.lines[p.next]):
			return nil, false // an item where a key belongs
		}
		at = p.lines[p.next].start + indent
	}
}

// repeated tells whether a mapping's children have the key. Mappings are
// mostly small, and a linear search is quicker than a map; past
// linearKeys, *keys (made then) holds the keys seen, so that a mapping of
// a million keys is not a trillion comparisons.
func repeated(children []*node, keys *map[string]bool, key string) bool {
	if len(children) < linearKeys {
		for _, c := range children {
			if c.key == key {
				return true
			}
		}
		return false
	}
	if *keys == nil {
		*keys = make(map[string]bool, 2*len(children))
		for _, c := range children {
			(*keys)[c.key] = true
		}
	}
	if (*keys)[key] {
		return true
	}
	(*keys)[key] = true
	return false
}

const linearKeys = 16

// plainTag is the tag yaml.v3 resolves a plain scalar to. Only scalars
// that start with one of the bytes of yaml.v3's resolve table can be other
// than strings: the others (every ENC[…] value) skip the resolver, which
// allocates.
func plainTag(s string) string {
	if s != "" && strings.IndexByte("+-0123456789yYnNtTfFoO~.<", s[0]) < 0 {
		return "!!str"
	}
	return (&yaml.Node{Kind: yaml.ScalarNode, Value: s}).ShortTag()
}

// isItem tells a sequence item: "- " then something, at the line's
// indentation.
func (p *fastYAML) isItem(l fastLine) bool {
	i := l.start + l.indent
	return i+1 < l.end && p.src[i] == '-' && p.src[i+1] == ' '
}

// entry reads the "key: value" of line l that starts at offset at, in a
// mapping at column indent.
func (p *fastYAML) entry(l fastLine, at, indent int) (*node, bool) {
	i := at
	for i < l.end && isKeyByte(p.src[i]) {
		i++
	}
	if i == at || i == l.end || p.src[i] != ':' || p.src[at] == '-' || p.src[at] == '.' {
		return nil, false
	}
	key := string(p.src[at:i])
	i++ // ':'
	var child *node
	var ok bool
	if i == l.end || isSpaces(p.src[i:l.end]) {
		child, ok = p.block(indent)
	} else if p.src[i] == ' ' {
		for p.src[i] == ' ' {
			i++
		}
		child, ok = p.inline(i, l.end, indent)
	}
	if !ok {
		return nil, false
	}
	child.key, child.pos = key, token.Pos(at)
	switch keyTag := plainTag(key); keyTag {
	case "!!null", "!!bool", "!!int", "!!float", "!!timestamp":
		child.badKey = true
	case "!!merge":
		return nil, false
	}
	return child, true
}

func isKeyByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_' || b == '-' || b == '.'
}

func isSpaces(b []byte) bool {
	for _, c := range b {
		if c != ' ' {
			return false
		}
	}
	return true
}

// block reads the value of a key that ends its line: a mapping or a
// sequence on the lines below (a sequence may be at the key's own
// column).
func (p *fastYAML) block(indent int) (*node, bool) {
	next := p.peekIndent()
	if next < indent {
		return nil, false // an empty value: yaml.v3 says where it is
	}
	l := p.lines[p.next]
	if p.isItem(l) {
		return p.sequence(next)
	}
	if next == indent {
		return nil, false
	}
	return p.mapping(next, l.start+next)
}

// sequence reads a block sequence whose "- " are at column indent.
func (p *fastYAML) sequence(indent int) (*node, bool) {
	seq := &node{kind: sequenceNode, pos: token.Pos(p.lines[p.next].start + indent)}
	for p.peekIndent() == indent && p.isItem(p.lines[p.next]) {
		l := p.lines[p.next]
		col := indent + 1
		for l.start+col < l.end && p.src[l.start+col] == ' ' {
			col++
		}
		at := l.start + col
		var item *node
		var ok bool
		if p.looksLikeKey(at, l.end) {
			item, ok = p.mapping(col, at)
		} else {
			p.next++
			if p.src[at] == '|' || p.src[at] == '-' {
				return nil, false // a block scalar or a sequence in an item
			}
			item, ok = p.inline(at, l.end, col)
			if ok && p.peekIndent() > indent {
				return nil, false
			}
		}
		if !ok {
			return nil, false
		}
		seq.children = append(seq.children, item)
	}
	if p.peekIndent() > indent {
		return nil, false
	}
	return seq, true
}

// looksLikeKey tells whether the text at offset at starts "key:".
func (p *fastYAML) looksLikeKey(at, end int) bool {
	i := at
	for i < end && isKeyByte(p.src[i]) {
		i++
	}
	return i > at && i < end && p.src[i] == ':' && (i+1 == end || p.src[i+1] == ' ')
}

// inline reads the scalar (or empty flow collection) that fills
// src[at:end], a value on the line of its key; indent is the key's
// column.
func (p *fastYAML) inline(at, end, indent int) (*node, bool) {
	text := string(trimRightSpaces(p.src[at:end]))
	if text == "" {
		return nil, false
	}
	pos := token.Pos(at)
	switch text[0] {
	case '|':
		return p.literal(text, pos, indent)
	case '"':
		if len(text) < 2 || text[len(text)-1] != '"' || strings.ContainsAny(text[1:len(text)-1], `"\`) {
			return nil, false
		}
		return &node{kind: scalarNode, pos: pos, text: text[1 : len(text)-1], isString: true}, p.endOfValue(indent)
	case '\'':
		inner, ok := singleQuoted(text)
		if !ok {
			return nil, false
		}
		return &node{kind: scalarNode, pos: pos, text: inner, isString: true}, p.endOfValue(indent)
	case '[', '{':
		if text != "[]" && text != "{}" {
			return nil, false
		}
		n := &node{kind: mappingNode, pos: pos}
		if text == "[]" {
			n.kind = sequenceNode
		}
		return n, p.endOfValue(indent)
	}
	if strings.IndexByte("-?:,]}#&*!>%@`", text[0]) >= 0 || strings.Contains(text, ": ") || strings.Contains(text, " #") || text[len(text)-1] == ':' {
		return nil, false
	}
	n := &node{kind: scalarNode, pos: pos, text: text, isString: true}
	switch plainTag(text) {
	case "!!null":
		n = &node{kind: nullNode, pos: pos}
	case "!!bool", "!!int", "!!float", "!!timestamp":
		n.isString = false
	}
	return n, p.endOfValue(indent)
}

// endOfValue checks that a value on its key's line is not continued on
// the next (a multi-line plain scalar, or an error).
func (p *fastYAML) endOfValue(indent int) bool { return p.peekIndent() <= indent }

func trimRightSpaces(b []byte) []byte {
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return b
}

// singleQuoted unquotes a single-quoted scalar written on one line.
func singleQuoted(text string) (string, bool) {
	if len(text) < 2 || text[len(text)-1] != '\'' {
		return "", false
	}
	inner := text[1 : len(text)-1]
	for i := 0; i < len(inner); i++ {
		if inner[i] == '\'' {
			if i+1 == len(inner) || inner[i+1] != '\'' {
				return "", false
			}
			i++
		}
	}
	return strings.ReplaceAll(inner, "''", "'"), true
}

// literal reads a literal block scalar (|, or |- without its final line
// break) whose header is text, in a mapping at column indent.
func (p *fastYAML) literal(text string, pos token.Pos, indent int) (*node, bool) {
	strip := false
	switch text {
	case "|":
	case "|-":
		strip = true
	default:
		return nil, false // keep, indentation indicators, comments
	}
	if p.next == len(p.lines) || p.lines[p.next].blank() || p.lines[p.next].indent <= indent {
		return nil, false
	}
	content := p.lines[p.next].indent
	first, last := p.next, p.next // the block's lines; trailing empty ones are chomped
	for ; p.next < len(p.lines); p.next++ {
		l := p.lines[p.next]
		if l.start == l.end {
			continue
		}
		if l.blank() {
			return nil, false // spaces only: yaml.v3 decides what they mean
		}
		if l.indent < content {
			break
		}
		last = p.next
	}
	var b strings.Builder
	b.Grow(p.lines[last].end - p.lines[first].start + 1)
	for _, l := range p.lines[first : last+1] {
		if l.start != p.lines[first].start {
			b.WriteByte('\n')
		}
		if l.start != l.end {
			b.Write(p.src[l.start+content : l.end])
		}
	}
	if !strip {
		b.WriteByte('\n')
	}
	if p.peekIndent() > indent {
		return nil, false
	}
	return &node{kind: scalarNode, pos: pos, text: b.String(), isString: true}, true
}
