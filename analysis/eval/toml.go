package eval

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// FromTOML is builtins.fromTOML for the TOML that key files use: tables,
// arrays of tables, dotted keys, strings of every kind, integers, floats,
// booleans, arrays and inline tables. Dates become unknown values. Values
// carry their place in the file when s is the text of one.
func (m *Machine) FromTOML(s *String, o Origin) Value {
	p := &tomlParser{s: s.S, call: o}
	if base, ok := exactText(s); ok {
		p.src, p.base = base.Src, base.Start
	}
	if !validUTF8(s.S) {
		return m.fail(o, "while parsing a TOML string: invalid UTF-8")
	}
	root := &tomlTable{o: p.at(0, len(s.S), Literal)}
	p.document(root)
	if p.err != "" {
		// Nix 2.8 prefixes toml11's message; the failures toml11's words
		// are not reproduced for keep ours after the prefix. Nix places
		// the error at the call; the notes show where in the file it is,
		// and In the line toml11's message names last, where it is fixed.
		u := m.fail(o, "while parsing a TOML string: %s", p.err)
		u.Err.Notes = p.notes()
		if n := len(u.Err.Notes); n > 0 {
			u.Err.In = u.Err.Notes[n-1].O
		}
		return u
	}
	if p.dates {
		// Nix 2.8 turns the parsed document into values and refuses dates.
		return m.fail(o, "while parsing a TOML string: Dates and times are not supported")
	}
	return root.value()
}

type tomlParser struct {
	s        string
	i        int
	err      string
	marks    []tomlMark // where toml11 points, or where the parser stopped
	inArray  bool       // the failure is reported as an array's
	keyStart int        // the start of the last (dotted) key read
	keyEnd   int        // its end, before the blanks after it
	src      *Source
	base     token.Pos
	call     Origin
	dates    bool // a well-formed date or time was read
}

// tomlTable is a table being built; entries keep their definition order
// until value() sorts them.
type tomlTable struct {
	names    []string
	entries  map[string]*tomlEntry
	explicit bool // defined by a [header] or as a value
	o        Origin
	header   tomlMark // the [header] that defined it (a dotted key: the key)
	// byValue is where the value is whose dotted key made the table (zero:
	// not made so); reopened is the [header] that opened it again, which
	// reopenedAs names.
	byValue, reopened tomlMark
	reopenedAs        string
}

type tomlEntry struct {
	key    Origin
	val    Value        // a plain value
	at     tomlMark     // where the plain value is written
	table  *tomlTable   // a table
	tables []*tomlTable // an array of tables
}

func (t *tomlTable) get(name string) *tomlEntry {
	if t.entries == nil {
		return nil
	}
	return t.entries[name]
}

func (t *tomlTable) put(name string, e *tomlEntry) {
	if t.entries == nil {
		t.entries = map[string]*tomlEntry{}
	}
	t.names = append(t.names, name)
	t.entries[name] = e
}

func (t *tomlTable) value() *Attrs {
	var b attrsBuilder
	for _, n := range t.names {
		e := t.entries[n]
		var v Value
		switch {
		case e.table != nil:
			v = e.table.value()
		case e.tables != nil:
			elems := make([]*Thunk, len(e.tables))
			for i, x := range e.tables {
				elems[i] = Ready(x.value())
			}
			v = &List{Elems: elems, O: e.key}
		default:
			v = e.val
		}
		b.add(n, Ready(v), e.key)
	}
	return b.build(t.o, false)
}

func (p *tomlParser) at(i, j int, lit LitKind) Origin {
	if p.src == nil {
		return p.call
	}
	return Origin{Src: p.src, Start: p.base + token.Pos(i), End: p.base + token.Pos(j), Lit: lit}
}

// fail records a failure toml11 words differently (ours, after Nix's
// prefix).
func (p *tomlParser) fail(format string, args ...any) { p.failOn(p.i, p.i, format, args...) }

// failOn is fail for the text between start and end.
func (p *tomlParser) failOn(start, end int, format string, args ...any) {
	if p.err == "" {
		p.err, p.marks = fmt.Sprintf(format, args...), []tomlMark{{start, end, ""}}
	}
}

// tomlMark is a region toml11 underlines in a message, and what it says.
type tomlMark struct {
	start, end int
	label      string
}

// failAs records a failure as toml11 (the version in Nix 2.8) puts it: the
// title, then each marked region under its line, then hints. It replaces
// what fail recorded at the same place.
func (p *tomlParser) failAs(title string, marks []tomlMark, hints ...string) {
	width := 0
	for _, mk := range marks {
		width = max(width, len(strconv.Itoa(1+strings.Count(p.s[:mk.start], "\n"))))
	}
	pad := strings.Repeat(" ", width)
	var b strings.Builder
	b.WriteString("[error] " + title + "\n --> fromTOML\n " + pad + " |")
	for i, mk := range marks {
		if i > 0 {
			b.WriteString("\n ...")
		}
		lineStart := strings.LastIndexByte(p.s[:mk.start], '\n') + 1
		lineEnd := strings.IndexByte(p.s[mk.start:], '\n')
		if lineEnd < 0 {
			lineEnd = len(p.s)
		} else {
			lineEnd += mk.start
		}
		marker := "^---"
		if mk.end-mk.start > 1 {
			marker = strings.Repeat("~", mk.end-mk.start)
		}
		fmt.Fprintf(&b, "\n %*d | %s\n %s | %s%s %s", width, 1+strings.Count(p.s[:mk.start], "\n"),
			p.s[lineStart:lineEnd], pad, strings.Repeat(" ", mk.start-lineStart), marker, mk.label)
	}
	if len(hints) > 0 {
		b.WriteString("\n " + pad + " |")
		for _, h := range hints {
			b.WriteString("\nHint: " + h)
		}
	}
	p.err, p.marks = b.String(), marks
}

// notes returns the places in the file of the failure: the regions toml11
// marks, with its words, or where the parser stopped.
func (p *tomlParser) notes() []Note {
	if p.src == nil {
		return nil // not the text of a file
	}
	notes := make([]Note, len(p.marks))
	for i, mk := range p.marks {
		start, end := visibleAt(p.s, mk.start)
		if start == mk.start {
			end = max(end, min(mk.end, len(p.s)))
		}
		notes[i] = Note{O: p.at(start, end, Computed), Msg: cmp.Or(mk.label, "here")}
	}
	return notes
}

// failHere is failAs with one mark, one byte long, at i.
func (p *tomlParser) failHere(title string, i int, label string, hints ...string) {
	p.failAs(title, []tomlMark{{i, i + 1, label}}, hints...)
}

func (p *tomlParser) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

// space skips blanks; with newlines, also line breaks and comments.
func (p *tomlParser) space(newlines bool) {
	for p.i < len(p.s) {
		switch c := p.s[p.i]; {
		case c == ' ' || c == '\t':
			p.i++
		case newlines && (c == '\n' || c == '\r'):
			p.i++
		case c == '#':
			for p.i < len(p.s) && p.s[p.i] != '\n' {
				p.i++
			}
		default:
			return
		}
	}
}

// endOfLine checks that nothing but blanks and a comment follow a key =
// value line.
func (p *tomlParser) endOfLine() {
	p.space(false)
	if p.i < len(p.s) && p.s[p.i] != '\n' && p.s[p.i] != '\r' {
		p.failHere("toml::parse_table: invalid line format", p.i, fmt.Sprintf("expected newline, but got '%c'.", p.s[p.i]))
	}
}

func (p *tomlParser) document(root *tomlTable) {
	cur := root
	for p.err == "" {
		p.space(true)
		if p.i >= len(p.s) {
			return
		}
		if p.peek() == '[' {
			array := strings.HasPrefix(p.s[p.i:], "[[")
			if array {
				p.i += 2
			} else {
				p.i++
			}
			start := p.i
			keys, origins := p.key()
			end := p.i
			closer := "]"
			if array {
				closer = "]]"
			}
			p.space(false)
			if p.err != "" || !strings.HasPrefix(p.s[p.i:], closer) {
				// toml11 then reads the line as a key = value one, whose
				// key cannot start with '['.
				p.invalidKey(start - len(closer))
				return
			}
			p.i += len(closer)
			hdr := tomlMark{start - len(closer), p.i, ""}
			if end := p.i; !array {
				p.space(false)
				if p.i < len(p.s) && p.s[p.i] != '\n' && p.s[p.i] != '\r' {
					p.failHere("toml::parse_table_key: newline required after [table.key]", end, "expected newline")
				}
			} else if p.space(false); p.i < len(p.s) && p.s[p.i] != '\n' && p.s[p.i] != '\r' {
				p.failHere("toml::parse_array_table_key: newline required after [[table.key]]", end, "expected newline")
			}
			if p.err != "" {
				return
			}
			cur = p.header(root, keys, origins, array, p.at(start, end, Literal), hdr)
			continue
		}
		keys, origins := p.key()
		if p.err != "" {
			return
		}
		p.space(false)
		if p.peek() != '=' {
			if p.i < len(p.s) && isBareKey(p.s[p.i]) {
				p.failHere("toml::parse_key_value_pair: invalid format for key", p.keyEnd, "invalid character in key",
					"Did you forget '.' to separate dotted-key?", "Allowed characters for bare key are [0-9a-zA-Z_-].")
			} else {
				p.failHere("toml::parse_key_value_pair: missing key-value separator `=`", p.keyEnd, "should be `=`")
			}
			return
		}
		p.i++
		p.space(false)
		start, dotted := p.i, tomlMark{p.keyStart, p.keyEnd, ""}
		v := p.value(0)
		if p.err != "" {
			return
		}
		p.assign(cur, keys, origins, v, tomlMark{start, p.i, ""}, dotted)
		p.endOfLine()
	}
}

// header opens the table (or a new element of the array of tables) that
// a [keys] or [[keys]] line names.
func (p *tomlParser) header(root *tomlTable, keys []string, origins []Origin, array bool, o Origin, hdr tomlMark) *tomlTable {
	t := root
	for i, k := range keys {
		last := i == len(keys)-1
		e := t.get(k)
		switch {
		case e == nil && last && array:
			nt := &tomlTable{explicit: true, o: o, header: hdr}
			t.put(k, &tomlEntry{key: origins[i], tables: []*tomlTable{nt}})
			return nt
		case e == nil:
			nt := &tomlTable{explicit: last, o: o, header: hdr}
			t.put(k, &tomlEntry{key: origins[i], table: nt})
			t = nt
		case last && array:
			if e.tables == nil {
				p.fail("key %s is not an array of tables", k)
				return t
			}
			nt := &tomlTable{explicit: true, o: o}
			e.tables = append(e.tables, nt)
			return nt
		case e.tables != nil && last:
			p.failAs(fmt.Sprintf("toml::insert_value: array of tables (\"%s\") already exists.", strings.Join(keys, ".")), []tomlMark{
				{e.tables[0].header.start, e.tables[0].header.end, "array of tables defined here"},
				{hdr.start, hdr.end, "table conflicts with the previous array of table"}})
			return t
		case e.tables != nil:
			t = e.tables[len(e.tables)-1]
		case e.table != nil:
			if last && e.table.byValue != (tomlMark{}) {
				// toml11 merges the [header]'s table into the one the
				// dotted key made; a key of both fails as the header's.
				e.table.reopened, e.table.reopenedAs = hdr, strings.Join(keys, ".")
			}
			if last {
				if e.table.explicit {
					p.failAs(fmt.Sprintf("toml::insert_value: table (\"%s\") already exists.", strings.Join(keys, ".")), []tomlMark{
						{e.table.header.start, e.table.header.end, "table already exists here"},
						{hdr.start, hdr.end, "table defined twice"}})
					return t
				}
				e.table.explicit, e.table.header = true, hdr
			}
			t = e.table
		default:
			p.fail("key %s is not a table", k)
			return t
		}
	}
	return t
}

func (p *tomlParser) assign(t *tomlTable, keys []string, origins []Origin, v Value, at, dotted tomlMark) {
	for i, k := range keys[:len(keys)-1] {
		e := t.get(k)
		if e == nil {
			// toml11 says a table a dotted key makes is defined there.
			nt := &tomlTable{o: origins[i], header: dotted, byValue: at}
			t.put(k, &tomlEntry{key: origins[i], table: nt})
			t = nt
			continue
		}
		if e.table == nil {
			p.fail("key %s is not a table", k)
			return
		}
		t = e.table
	}
	k := keys[len(keys)-1]
	if old := t.get(k); old != nil {
		first := old.at
		if old.table != nil && !old.table.explicit {
			first = old.table.header
		}
		if old.val != nil && len(keys) == 1 && t.reopened != (tomlMark{}) {
			p.failAs(fmt.Sprintf("toml::insert_value: value (\"%s\") already exists.", t.reopenedAs), []tomlMark{
				{first.start, first.end, "already exists here"}, {t.reopened.start, t.reopened.end, "this defined twice"}})
			return
		}
		if old.val != nil || old.table != nil && !old.table.explicit {
			p.failAs(fmt.Sprintf("toml::insert_value: value (\"%s\") already exists.", strings.Join(keys, ".")), []tomlMark{
				{first.start, first.end, "value already exists here"}, {at.start, at.end, "value defined twice"}})
			return
		}
		p.fail("key %s defined twice", k)
		return
	}
	e := &tomlEntry{key: origins[len(keys)-1], val: v, at: at}
	if a, ok := v.(*Attrs); ok {
		// Inline tables are complete: keep them as values.
		e.val = a
	}
	t.put(k, e)
}

// key reads a dotted key.
func (p *tomlParser) key() ([]string, []Origin) {
	var keys []string
	var origins []Origin
	p.space(false)
	p.keyStart = p.i
	for {
		p.space(false)
		start := p.i
		var k string
		lit := TOMLString
		switch p.peek() {
		case '"':
			k = p.basicString()
		case '\'':
			k = p.literalString()
		default:
			for p.i < len(p.s) && isBareKey(p.s[p.i]) {
				p.i++
			}
			if p.i == start {
				switch {
				case p.peek() == '=':
					p.failHere("toml::parse_key_value_pair: empty key is not allowed.", p.i, "key expected before '='")
				case len(keys) == 0:
					p.invalidKey(p.i)
				default:
					p.fail("expected a key")
				}
				return nil, nil
			}
			k = p.s[start:p.i]
		}
		if p.err != "" {
			return nil, nil
		}
		keys = append(keys, k)
		origins = append(origins, p.at(start, p.i, lit))
		p.keyEnd = p.i
		p.space(false)
		if p.peek() != '.' {
			return keys, origins
		}
		p.i++
	}
}

// invalidKey fails as toml11 does on a line that starts with no key, at i.
func (p *tomlParser) invalidKey(i int) {
	p.failHere("toml::parse_key: an invalid key appeared.", i, "is not a valid key",
		"bare keys  : non-empty strings composed only of [A-Za-z0-9_-].",
		`quoted keys: same as "basic strings" or 'literal strings'.`,
		"dotted keys: sequence of bare or quoted keys joined with a dot.")
}

func isBareKey(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

func (p *tomlParser) value(depth int) Value {
	if depth > 256 {
		p.fail("nesting too deep")
		return nil
	}
	start := p.i
	switch c := p.peek(); {
	case c == '"':
		s := p.basicString()
		lit := TOMLString
		if strings.HasPrefix(p.s[start:], `"""`) {
			lit = Computed
			if p.err != "" {
				p.failHere("toml::parse_ml_basic_string: the next token is not a valid multiline string", start, "here")
			}
		} else if p.err != "" {
			p.failHere("toml::parse_basic_string: the next token is not a valid string", start, "here")
		}
		return &String{S: s, O: p.at(start, p.i, lit)}
	case c == '\'':
		s := p.literalString()
		if p.err != "" && !strings.HasPrefix(p.s[start:], "'''") {
			p.failHere("toml::parse_literal_string: the next token is not a valid literal string", start, "here")
		}
		return &String{S: s, O: p.at(start, p.i, TOMLString)}
	case c == '[':
		p.i++
		var elems []*Thunk
		for p.err == "" {
			p.space(true)
			if p.peek() == ']' {
				p.i++
				return &List{Elems: elems, O: p.at(start, p.i, Literal)}
			}
			elem := p.i
			v := p.value(depth + 1)
			if p.err != "" {
				// toml11 reports a bad element as the innermost array's.
				if !p.inArray {
					p.failAs("toml::parse_array: value having invalid format appeared in an array", []tomlMark{
						{start, start + 1, "array starts here"}, {elem, elem + 1, "it is not a valid value."}})
					p.inArray = true
				}
				return nil
			}
			elems = append(elems, Ready(v))
			p.space(true)
			switch p.peek() {
			case ',':
				p.i++
			case ']':
			default:
				p.fail("expected ',' or ']'")
			}
		}
		return nil
	case c == '{':
		p.i++
		t := &tomlTable{explicit: true}
		p.space(false)
		if p.peek() == '}' {
			p.i++
			t.o = p.at(start, p.i, Literal)
			return t.value()
		}
		for p.err == "" {
			keys, origins := p.key()
			if p.err != "" {
				return nil
			}
			p.space(false)
			if p.peek() != '=' {
				p.fail("expected '='")
				return nil
			}
			p.i++
			p.space(false)
			vStart := p.i
			v := p.value(depth + 1)
			if p.err != "" {
				return nil
			}
			p.assign(t, keys, origins, v, tomlMark{vStart, p.i, ""}, tomlMark{})
			p.space(false)
			switch p.peek() {
			case ',':
				p.i++
				p.space(false)
				if p.peek() == '}' {
					p.failHere("toml::parse_inline_table: trailing comma is not allowed in an inline table", p.i, "should be `}`")
					return nil
				}
			case '}':
				p.i++
				t.o = p.at(start, p.i, Literal)
				return t.value()
			default:
				p.fail("expected ',' or '}'")
			}
		}
		return nil
	case strings.HasPrefix(p.s[p.i:], "true"):
		p.i += 4
		return &Bool{B: true, O: p.at(start, p.i, Literal)}
	case strings.HasPrefix(p.s[p.i:], "false"):
		p.i += 5
		return &Bool{B: false, O: p.at(start, p.i, Literal)}
	}
	for p.i < len(p.s) && strings.IndexByte(",]}#\n\r", p.s[p.i]) < 0 {
		p.i++
	}
	lit := strings.TrimRight(p.s[start:p.i], " \t")
	p.i = start + len(lit)
	o := p.at(start, p.i, Literal)
	if lit == "" {
		if depth == 0 {
			p.failHere("toml::parse_key_value_pair: missing value after key-value separator '='", start, "expected value, but got nothing")
		} else {
			p.fail("expected a value")
		}
		return nil
	}
	dateOrTime := len(lit) >= 10 && lit[4] == '-' || len(lit) >= 8 && lit[2] == ':'
	if v := tomlNumber(lit, o); v != nil && !tomlLeadingZero.MatchString(lit) {
		return v
	}
	if dateOrTime {
		p.dates = p.dates || tomlDate.MatchString(lit)
		return unknown(o, "TOML date or time")
	}
	p.failOn(start, p.i, "invalid value %q", lit)
	p.badValue(lit, start, depth)
	return nil
}

var (
	tomlLeadingZero = regexp.MustCompile(`^[+-]?0[0-9]`)
	// tomlDate is a TOML date, time or date-time (offset or local).
	tomlDate        = regexp.MustCompile(`^([0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})?)?|[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?)$`)
	tomlInteger     = regexp.MustCompile(`^([+-]?[1-9](_?[0-9])*|0x[0-9A-Fa-f](_?[0-9A-Fa-f])*|0o[0-7](_?[0-7])*|0b[01](_?[01])*)$`)
	tomlNumberStart = regexp.MustCompile(`^[+-]?(0|[1-9](_?[0-9])*)(\.[0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?`)
)

// badValue words a value that is no TOML value as toml11 does, for the
// common mistakes: a word without quotes, a number with a leading zero or
// followed by other characters.
func (p *tomlParser) badValue(lit string, start, depth int) {
	numberHints := []string{"pass: -42, 1_000, 1_2_3_4_5, 0xC0FFEE, 0b0010, 0o755", "fail: 1__000, 0123"}
	switch c := lit[0]; {
	case c == 't' || c == 'f':
		p.failHere("toml::parse_boolean:", start, "the next token is not a boolean")
	case tomlLeadingZero.MatchString(lit):
		p.failHere("bad integer: leading zero", start+strings.IndexByte(lit, '0'), "here", numberHints...)
	case c == '+' || c == '-' || '0' <= c && c <= '9':
		n := len(tomlNumberStart.FindString(lit))
		if n == 0 {
			if len(lit) > 1 && '0' <= lit[1] && lit[1] <= '9' || strings.IndexByte(lit[min(1, len(lit)-1):], '.') == 0 || strings.ContainsAny(lit[:min(2, len(lit))], "_in") {
				return
			}
			p.failHere("bad format: unknown value appeared", start, "here")
			return
		}
		if n == len(lit) {
			return // a number out of range: toml11 says it otherwise
		}
		if next := lit[n]; depth == 0 && strings.IndexByte("_:-.eE0123456789", next) < 0 {
			p.failHere("toml::parse_table: invalid line format", start+n, fmt.Sprintf("expected newline, but got '%c'.", next))
		}
	case c == 'i' || c == 'n':
	default:
		p.failHere("bad format: unknown value appeared", start, "here")
	}
}

func tomlNumber(lit string, o Origin) Value {
	switch strings.TrimLeft(lit, "+-") {
	case "inf":
		if lit[0] == '-' {
			return &Float{F: math.Inf(-1), O: o}
		}
		return &Float{F: math.Inf(1), O: o}
	case "nan":
		return &Float{F: math.NaN(), O: o}
	}
	clean := strings.ReplaceAll(lit, "_", "")
	prefixed := strings.HasPrefix(clean, "0x") || strings.HasPrefix(clean, "0o") || strings.HasPrefix(clean, "0b")
	base := 10
	if prefixed {
		base = 0
	}
	n, err := strconv.ParseInt(clean, base, 64)
	switch {
	case err == nil:
		return &Int{N: n, O: o}
	case errors.Is(err, strconv.ErrRange) && tomlInteger.MatchString(lit):
		// toml11 (Nix 2.8) reads an integer out of range as the nearest
		// int64, as ParseInt returns it; binary ones wrap around.
		if strings.HasPrefix(clean, "0b") {
			return unknown(o, "a binary TOML integer out of range")
		}
		return &Int{N: n, O: o}
	case prefixed:
		return nil
	}
	if strings.ContainsAny(clean, ".eE") {
		if f, err := strconv.ParseFloat(clean, 64); err == nil {
			return &Float{F: f, O: o}
		}
	}
	return nil
}

func (p *tomlParser) basicString() string {
	multi := strings.HasPrefix(p.s[p.i:], `"""`)
	if multi {
		p.i += 3
		if strings.HasPrefix(p.s[p.i:], "\r\n") {
			p.i += 2
		} else if p.peek() == '\n' {
			p.i++
		}
	} else {
		p.i++
	}
	var b strings.Builder
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case multi && strings.HasPrefix(p.s[p.i:], `"""`):
			p.i += 3
			for p.peek() == '"' {
				b.WriteByte('"')
				p.i++
			}
			return b.String()
		case !multi && c == '"':
			p.i++
			return b.String()
		case !multi && c == '\n':
			p.fail("newline in a string")
			return ""
		case c == '\\':
			p.i++
			e := p.peek()
			p.i++
			switch e {
			case 'b':
				b.WriteByte('\b')
			case 't':
				b.WriteByte('\t')
			case 'n':
				b.WriteByte('\n')
			case 'f':
				b.WriteByte('\f')
			case 'r':
				b.WriteByte('\r')
			case 'e':
				b.WriteByte(0x1b)
			case '"', '\\':
				b.WriteByte(e)
			case 'u', 'U':
				n := 4
				if e == 'U' {
					n = 8
				}
				if p.i+n > len(p.s) {
					p.fail("invalid unicode escape")
					return ""
				}
				r, err := strconv.ParseUint(p.s[p.i:p.i+n], 16, 32)
				if err != nil {
					p.fail("invalid unicode escape")
					return ""
				}
				p.i += n
				b.WriteRune(rune(r))
			case ' ', '\t', '\n', '\r':
				if !multi {
					p.fail("invalid escape")
					return ""
				}
				for p.i < len(p.s) && strings.IndexByte(" \t\r\n", p.s[p.i]) >= 0 {
					p.i++
				}
			default:
				p.fail("invalid escape")
				return ""
			}
		default:
			b.WriteByte(c)
			p.i++
		}
	}
	p.fail("unterminated string")
	return ""
}

func (p *tomlParser) literalString() string {
	if strings.HasPrefix(p.s[p.i:], "'''") {
		p.i += 3
		if strings.HasPrefix(p.s[p.i:], "\r\n") {
			p.i += 2
		} else if p.peek() == '\n' {
			p.i++
		}
		end := strings.Index(p.s[p.i:], "'''")
		if end < 0 {
			p.fail("unterminated string")
			return ""
		}
		for p.i+end+3 < len(p.s) && p.s[p.i+end+3] == '\'' {
			end++
		}
		s := p.s[p.i : p.i+end]
		p.i += end + 3
		return s
	}
	p.i++
	end := strings.IndexAny(p.s[p.i:], "'\n")
	if end < 0 || p.s[p.i+end] != '\'' {
		p.fail("unterminated string")
		return ""
	}
	s := p.s[p.i : p.i+end]
	p.i += end + 1
	return s
}
