package eval

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/secrets-lsp/secrets-lsp/keys"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// FromJSON is builtins.fromJSON. When s is the text of a file region
// (read with readFile), every value it yields carries its place in that
// file; otherwise they all point at the call.
func (m *Machine) FromJSON(s *String, o Origin) Value {
	p := jsonParser{m: m, s: s.S, call: o}
	base, exact := exactText(s)
	if exact {
		// The same file is often decoded again and again (every module
		// importing a lib.nix that reads hosts.json): its value does not
		// depend on the call, so it is decoded once.
		if v, ok := m.decoded[base]; ok {
			return v
		}
		p.src, p.base = base.Src, base.Start
	}
	v := p.decode()
	if exact {
		if m.decoded == nil {
			m.decoded = map[Origin]Value{}
		}
		m.decoded[base] = v
	}
	return v
}

func (p *jsonParser) decode() Value {
	m := p.m
	if strings.HasPrefix(p.s, "\xef\xbb\xbf") {
		p.i = 3 // a byte order mark, which Nix skips
	}
	p.skip()
	v := p.value(0)
	if p.err == "" {
		p.skip()
		if p.i < len(p.s) {
			p.fail("unexpected trailing characters")
		}
	}
	if p.err != "" {
		msg, off, rejected := jsonSyntaxError(p.s)
		if !rejected {
			// Nix decodes what this parser does not (nesting deeper than
			// it goes): unknown, never a false error.
			return unknown(p.call, "JSON: "+p.err)
		}
		start, end := visibleAt(p.s, off)
		return m.fail(p.at(start, end, Computed), "%s", msg)
	}
	return v
}

type jsonParser struct {
	m    *Machine
	s    string
	i    int
	err  string
	src  *Source
	base token.Pos
	call Origin
	// keys interns object keys; lastNames are the names of the last object
	// built, which the next one shares when it has the same (the hosts of
	// an inventory): fewer copies, and lookups that stay in the cache.
	keys      map[string]string
	lastNames []string
}

// thunk reads a value at p.i into a thunk holding it (nil on an error).
func (p *jsonParser) thunk(depth int) *Thunk {
	if p.i < len(p.s) && p.s[p.i] == '"' {
		start := p.i
		if s, ok := p.str(); ok {
			return readyStr(s, p.at(start, p.i, JSONString))
		}
		return nil
	}
	return Ready(p.value(depth))
}

// key interns an object key.
func (p *jsonParser) key(k string) string {
	if s, ok := p.keys[k]; ok {
		return s
	}
	if p.keys == nil {
		p.keys = map[string]string{}
	}
	p.keys[k] = k
	return k
}

// object builds an object's set, sharing the names of the last one when
// they are the same.
func (p *jsonParser) object(b *attrsBuilder, o Origin) *Attrs {
	a := b.build(o, false)
	if slices.Equal(a.Names, p.lastNames) {
		a.Names = p.lastNames
	} else {
		p.lastNames = a.Names
	}
	return a
}

func (p *jsonParser) at(i, j int, lit LitKind) Origin {
	if p.src == nil {
		return p.call
	}
	return Origin{Src: p.src, Start: p.base + token.Pos(i), End: p.base + token.Pos(j), Lit: lit}
}

// fail records that the text is not JSON; jsonSyntaxError says how Nix
// puts it.
func (p *jsonParser) fail(msg string) {
	if p.err == "" {
		p.err = fmt.Sprintf("%s at offset %d", msg, p.i)
	}
}

func (p *jsonParser) skip() {
	for p.i < len(p.s) && strings.IndexByte(" \t\r\n", p.s[p.i]) >= 0 {
		p.i++
	}
}

func (p *jsonParser) value(depth int) Value {
	if p.err != "" {
		return nil
	}
	if depth > 512 {
		p.fail("nesting too deep")
		return nil
	}
	if p.i >= len(p.s) {
		p.fail("unexpected end of input")
		return nil
	}
	start := p.i
	switch c := p.s[p.i]; {
	case c == '{':
		p.i++
		var b attrsBuilder
		p.skip()
		if p.i < len(p.s) && p.s[p.i] == '}' {
			p.i++
			return p.object(&b, p.at(start, p.i, Literal))
		}
		for p.err == "" {
			p.skip()
			ks := p.i
			k, ok := p.str()
			if !ok {
				p.fail("expected a string key")
				return nil
			}
			ko := p.at(ks, p.i, JSONString)
			p.skip()
			if p.i >= len(p.s) || p.s[p.i] != ':' {
				p.fail("expected ':'")
				return nil
			}
			p.i++
			p.skip()
			v := p.thunk(depth + 1)
			if p.err != "" {
				return nil
			}
			b.add(p.key(k), v, ko)
			p.skip()
			if p.i < len(p.s) && p.s[p.i] == ',' {
				p.i++
				continue
			}
			if p.i < len(p.s) && p.s[p.i] == '}' {
				p.i++
				return p.object(&b, p.at(start, p.i, Literal))
			}
			p.fail("expected ',' or '}'")
		}
		return nil
	case c == '[':
		p.i++
		var elems []*Thunk
		p.skip()
		if p.i < len(p.s) && p.s[p.i] == ']' {
			p.i++
			return &List{O: p.at(start, p.i, Literal)}
		}
		for p.err == "" {
			p.skip()
			v := p.thunk(depth + 1)
			if p.err != "" {
				return nil
			}
			elems = append(elems, v)
			p.skip()
			if p.i < len(p.s) && p.s[p.i] == ',' {
				p.i++
				continue
			}
			if p.i < len(p.s) && p.s[p.i] == ']' {
				p.i++
				return &List{Elems: elems, O: p.at(start, p.i, Literal)}
			}
			p.fail("expected ',' or ']'")
		}
		return nil
	case c == '"':
		s, ok := p.str()
		if !ok {
			return nil
		}
		return &String{S: s, O: p.at(start, p.i, JSONString)}
	case strings.HasPrefix(p.s[p.i:], "true"):
		p.i += 4
		return &Bool{B: true, O: p.at(start, p.i, Literal)}
	case strings.HasPrefix(p.s[p.i:], "false"):
		p.i += 5
		return &Bool{B: false, O: p.at(start, p.i, Literal)}
	case strings.HasPrefix(p.s[p.i:], "null"):
		p.i += 4
		return &Null{O: p.at(start, p.i, Literal)}
	case c == '-' || c >= '0' && c <= '9':
		j := p.i
		if p.s[j] == '-' {
			j++
		}
		isFloat := false
		for j < len(p.s) {
			d := p.s[j]
			if d >= '0' && d <= '9' {
				j++
				continue
			}
			if d == '.' || d == 'e' || d == 'E' || d == '+' || d == '-' {
				isFloat = true
				j++
				continue
			}
			break
		}
		lit := p.s[p.i:j]
		if !jsonNumber(lit) {
			p.fail("invalid number")
			return nil
		}
		p.i = j
		o := p.at(start, p.i, Literal)
		if !isFloat {
			if n, err := strconv.ParseInt(lit, 10, 64); err == nil {
				return &Int{N: n, O: o}
			}
		}
		f, err := strconv.ParseFloat(lit, 64)
		if err != nil {
			p.fail("invalid number")
			return nil
		}
		return &Float{F: f, O: o}
	}
	p.fail("unexpected character")
	return nil
}

// str reads a JSON string at p.i.
func (p *jsonParser) str() (string, bool) {
	if p.i >= len(p.s) || p.s[p.i] != '"' {
		return "", false
	}
	p.i++
	// Most strings have no escape: they are the text itself.
	ascii := true
	for j := p.i; j < len(p.s); j++ {
		if c := p.s[j]; c == '"' {
			s := p.s[p.i:j]
			if !ascii && !utf8.ValidString(s) {
				p.fail("invalid UTF-8")
				return "", false
			}
			p.i = j + 1
			return s, true
		} else if c == '\\' || c < 0x20 {
			break
		} else if c >= 0x80 {
			ascii = false
		}
	}
	var b strings.Builder
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return b.String(), true
		case c == '\\':
			if p.i+1 >= len(p.s) {
				p.fail("unterminated string")
				return "", false
			}
			e := p.s[p.i+1]
			p.i += 2
			switch e {
			case '"', '\\', '/':
				b.WriteByte(e)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, ok := p.hex4()
				if !ok {
					return "", false
				}
				if utf16.IsSurrogate(r) {
					// Only a high surrogate followed by a low one.
					if r >= 0xdc00 || !strings.HasPrefix(p.s[p.i:], `\u`) {
						p.fail("lone surrogate")
						return "", false
					}
					p.i += 2
					r2, ok := p.hex4()
					if !ok {
						return "", false
					}
					if r = utf16.DecodeRune(r, r2); r == utf8.RuneError {
						p.fail("lone surrogate")
						return "", false
					}
				}
				b.WriteRune(r)
			default:
				p.fail("invalid escape")
				return "", false
			}
		case c < 0x20:
			p.fail("control character in string")
			return "", false
		case c >= 0x80:
			r, n := utf8.DecodeRuneInString(p.s[p.i:])
			if r == utf8.RuneError && n <= 1 {
				p.fail("invalid UTF-8")
				return "", false
			}
			b.WriteString(p.s[p.i : p.i+n])
			p.i += n
		default:
			b.WriteByte(c)
			p.i++
		}
	}
	p.fail("unterminated string")
	return "", false
}

func (p *jsonParser) hex4() (rune, bool) {
	if p.i+4 > len(p.s) {
		p.fail("invalid \\u escape")
		return 0, false
	}
	n, err := strconv.ParseUint(p.s[p.i:p.i+4], 16, 32)
	if err != nil {
		p.fail("invalid \\u escape")
		return 0, false
	}
	p.i += 4
	return rune(n), true
}

// writeJSON is builtins.toJSON.
func (m *Machine) writeJSON(b *strings.Builder, v Value, o Origin, depth int) Value {
	if depth > 200 || !m.charge(1) {
		return unknown(o, "toJSON too deep")
	}
	switch v := v.(type) {
	case *Unknown:
		return propagate(v, o)
	case *Null:
		b.WriteString("null")
	case *Bool:
		b.WriteString(strconv.FormatBool(v.B))
	case *Int:
		b.WriteString(strconv.FormatInt(v.N, 10))
	case *Float:
		if math.IsInf(v.F, 0) || math.IsNaN(v.F) {
			return unknown(o, "non-finite float")
		}
		b.WriteString(strconv.FormatFloat(v.F, 'g', -1, 64))
	case *String:
		b.WriteString(keys.Quote(v.S))
	case *Path:
		return unknown(o, "toJSON of a path copies it to the store")
	case *List:
		b.WriteByte('[')
		for i, e := range v.Elems {
			if i > 0 {
				b.WriteByte(',')
			}
			if bad := m.writeJSON(b, m.Force(e), o, depth+1); bad != nil {
				return bad
			}
		}
		b.WriteByte(']')
	case *Attrs:
		if t := v.Lookup("outPath"); t != nil {
			return m.writeJSON(b, m.Force(t), o, depth+1)
		}
		if v.Open {
			return unknown(o, "toJSON of a partially known set")
		}
		b.WriteByte('{')
		for i, n := range v.Names {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(keys.Quote(n))
			b.WriteByte(':')
			if bad := m.writeJSON(b, m.Force(v.Vals[i]), o, depth+1); bad != nil {
				return bad
			}
		}
		b.WriteByte('}')
	case *Func:
		return m.fail(o, "cannot convert a function to JSON")
	}
	return nil
}

// validUTF8 reports whether s is valid UTF-8 (TOML requires it).
func validUTF8(s string) bool { return utf8.ValidString(s) }

// jsonNumber reports whether lit follows JSON's number grammar:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func jsonNumber(lit string) bool {
	i := 0
	digits := func() bool {
		j := i
		for i < len(lit) && '0' <= lit[i] && lit[i] <= '9' {
			i++
		}
		return i > j
	}
	if i < len(lit) && lit[i] == '-' {
		i++
	}
	if i < len(lit) && lit[i] == '0' {
		i++
	} else if !digits() {
		return false
	}
	if i < len(lit) && lit[i] == '.' {
		i++
		if !digits() {
			return false
		}
	}
	if i < len(lit) && (lit[i] == 'e' || lit[i] == 'E') {
		i++
		if i < len(lit) && (lit[i] == '+' || lit[i] == '-') {
			i++
		}
		if !digits() {
			return false
		}
	}
	return i == len(lit)
}

// jsonSyntaxError returns the error Nix 2.8 reports for a text its JSON
// parser (nlohmann::json 3.9, strict, no comments) rejects, word for word,
// and the byte offset it stopped at; ok is false if that parser accepts s.
// It replays the parser's lexer and state machine: the text of the message
// depends on the token sequence, the column on the bytes read, and "last
// read" on the bytes read since the last string or number began.
func jsonSyntaxError(s string) (msg string, offset int, ok bool) {
	lx := nlLexer{s: s, current: -1}
	fail := func(expected, context string) (string, int, bool) {
		m := "syntax error while parsing " + context + " - "
		if lx.token == nlParseError {
			m += lx.errMsg + "; last read: '" + lx.tokenString() + "'"
		} else {
			m += "unexpected " + nlTokenNames[lx.token]
		}
		if expected != "" {
			m += "; expected " + expected
		}
		return fmt.Sprintf("[json.exception.parse_error.101] parse error at line %d, column %d: %s", lx.lines+1, lx.col, m), min(max(lx.total-1, 0), len(s)), true
	}
	const literalOrValue = "'[', '{', or a literal"
	var states []bool // true: in an array
	lx.scan()
	for {
		switch lx.token {
		case nlBeginObject:
			if lx.scan() == nlEndObject {
				break
			}
			if lx.token != nlString {
				return fail("string literal", "object key")
			}
			if lx.scan() != nlNameSeparator {
				return fail("':'", "object separator")
			}
			states = append(states, false)
			lx.scan()
			continue
		case nlBeginArray:
			if lx.scan() == nlEndArray {
				break
			}
			states = append(states, true)
			continue
		case nlNumber:
			if f, err := strconv.ParseFloat(string(lx.read), 64); err != nil && math.IsInf(f, 0) {
				return "[json.exception.out_of_range.406] number overflow parsing '" + lx.tokenString() + "'", lx.total - 1, true
			}
		case nlLiteral, nlString:
		case nlParseError:
			return fail("", "value")
		default:
			return fail(literalOrValue, "value")
		}
		// A value was read: where it ends says what may follow.
		for {
			if len(states) == 0 {
				if lx.scan() != nlEnd {
					return fail("end of input", "value")
				}
				return "", 0, false
			}
			inArray := states[len(states)-1]
			if lx.scan() == nlValueSeparator {
				if !inArray {
					if lx.scan() != nlString {
						return fail("string literal", "object key")
					}
					if lx.scan() != nlNameSeparator {
						return fail("':'", "object separator")
					}
				}
				lx.scan()
				break
			}
			if inArray && lx.token == nlEndArray || !inArray && lx.token == nlEndObject {
				states = states[:len(states)-1]
				continue
			}
			if inArray {
				return fail("']'", "array")
			}
			return fail("'}'", "object")
		}
	}
}

// The tokens of nlohmann::json's lexer the parser tells apart.
const (
	nlBeginObject = iota
	nlEndObject
	nlBeginArray
	nlEndArray
	nlNameSeparator
	nlValueSeparator
	nlString
	nlNumber
	nlLiteral // true, false or null
	nlEnd
	nlParseError
)

var nlTokenNames = [...]string{
	nlBeginObject: "'{'", nlEndObject: "'}'", nlBeginArray: "'['", nlEndArray: "']'",
	nlNameSeparator: "':'", nlValueSeparator: "','", nlString: "string literal",
	nlNumber: "number literal", nlEnd: "end of input", nlParseError: "<parse error>",
}

// nlLexer is nlohmann::json's lexer as far as its errors show: the
// position (bytes read, in the line, lines), the bytes read since the last
// string or number began, and the error message.
type nlLexer struct {
	s                 string
	pos               int // next byte to read
	current           int // the byte read last, -1 at the end
	unget             bool
	total, col, lines int
	read              []byte // token_string
	token             int
	errMsg            string
}

func (l *nlLexer) get() int {
	l.total++
	l.col++
	if l.unget {
		l.unget = false
	} else if l.pos < len(l.s) {
		l.current = int(l.s[l.pos])
		l.pos++
	} else {
		l.current = -1
		l.pos = len(l.s) + 1
	}
	if l.current >= 0 {
		l.read = append(l.read, byte(l.current))
	}
	if l.current == '\n' {
		l.lines++
		l.col = 0
	}
	return l.current
}

func (l *nlLexer) ungetByte() {
	l.unget = true
	l.total--
	if l.col == 0 {
		if l.lines > 0 {
			l.lines--
		}
	} else {
		l.col--
	}
	if l.current >= 0 {
		l.read = l.read[:len(l.read)-1]
	}
}

func (l *nlLexer) reset() { l.read = append(l.read[:0], byte(l.current)) }

// tokenString is what nlohmann prints as "last read": control characters
// as <U+XXXX>.
func (l *nlLexer) tokenString() string {
	var b strings.Builder
	for _, c := range l.read {
		if c <= 0x1f {
			fmt.Fprintf(&b, "<U+%04X>", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

func (l *nlLexer) error(msg string) int {
	l.errMsg = msg
	return nlParseError
}

func (l *nlLexer) scan() int {
	l.token = l.scanToken()
	return l.token
}

func (l *nlLexer) scanToken() int {
	if l.total == 0 {
		// A byte order mark is skipped.
		if l.get() == 0xef {
			if l.get() != 0xbb || l.get() != 0xbf {
				return l.error("invalid BOM; must be 0xEF 0xBB 0xBF if given")
			}
		} else {
			l.ungetByte()
		}
	}
	for {
		if c := l.get(); c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			break
		}
	}
	switch c := l.current; c {
	case '{':
		return nlBeginObject
	case '}':
		return nlEndObject
	case '[':
		return nlBeginArray
	case ']':
		return nlEndArray
	case ':':
		return nlNameSeparator
	case ',':
		return nlValueSeparator
	case 't', 'f', 'n':
		word := map[int]string{'t': "true", 'f': "false", 'n': "null"}[c]
		for i := 1; i < len(word); i++ {
			if l.get() != int(word[i]) {
				return l.error("invalid literal")
			}
		}
		return nlLiteral
	case '"':
		return l.scanString()
	case 0, -1:
		return nlEnd
	}
	if c := l.current; c == '-' || '0' <= c && c <= '9' {
		return l.scanNumber()
	}
	return l.error("invalid literal")
}

// controlNames name the control characters in nlohmann's messages.
var controlNames = [32]string{"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
	"DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"}

func (l *nlLexer) scanString() int {
	l.reset()
	for {
		c := l.get()
		switch {
		case c == -1:
			return l.error("invalid string: missing closing quote")
		case c == '"':
			return nlString
		case c == '\\':
			switch e := l.get(); e {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				cp := l.codepoint()
				switch {
				case cp < 0:
					return l.error(`invalid string: '\u' must be followed by 4 hex digits`)
				case 0xd800 <= cp && cp <= 0xdbff:
					if l.get() != '\\' || l.get() != 'u' {
						return l.error("invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF")
					}
					low := l.codepoint()
					if low < 0 {
						return l.error(`invalid string: '\u' must be followed by 4 hex digits`)
					}
					if low < 0xdc00 || low > 0xdfff {
						return l.error("invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF")
					}
				case 0xdc00 <= cp && cp <= 0xdfff:
					return l.error("invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF")
				}
			default:
				return l.error("invalid string: forbidden character after backslash")
			}
		case c < 0x20:
			msg := fmt.Sprintf(`invalid string: control character U+%04X (%s) must be escaped to \u%04X`, c, controlNames[c], c)
			if short := strings.IndexByte("\b\t\n\f\r", byte(c)); short >= 0 {
				msg += ` or \` + string("btnfr"[short])
			}
			return l.error(msg)
		case c < 0x80:
		default:
			if !l.utf8Tail(c) {
				return l.error("invalid string: ill-formed UTF-8 byte")
			}
		}
	}
}

// utf8Tail reads the continuation bytes of a UTF-8 sequence starting with
// c, as nlohmann checks them (well-formed UTF-8, no surrogates).
func (l *nlLexer) utf8Tail(c int) bool {
	var ranges []int
	switch {
	case 0xc2 <= c && c <= 0xdf:
		ranges = []int{0x80, 0xbf}
	case c == 0xe0:
		ranges = []int{0xa0, 0xbf, 0x80, 0xbf}
	case 0xe1 <= c && c <= 0xec, c == 0xee, c == 0xef:
		ranges = []int{0x80, 0xbf, 0x80, 0xbf}
	case c == 0xed:
		ranges = []int{0x80, 0x9f, 0x80, 0xbf}
	case c == 0xf0:
		ranges = []int{0x90, 0xbf, 0x80, 0xbf, 0x80, 0xbf}
	case 0xf1 <= c && c <= 0xf3:
		ranges = []int{0x80, 0xbf, 0x80, 0xbf, 0x80, 0xbf}
	case c == 0xf4:
		ranges = []int{0x80, 0x8f, 0x80, 0xbf, 0x80, 0xbf}
	default:
		return false
	}
	for i := 0; i < len(ranges); i += 2 {
		if b := l.get(); b < ranges[i] || b > ranges[i+1] {
			return false
		}
	}
	return true
}

func (l *nlLexer) codepoint() int {
	n := 0
	for range 4 {
		switch c := l.get(); {
		case '0' <= c && c <= '9':
			n = n*16 + c - '0'
		case 'a' <= c && c <= 'f':
			n = n*16 + c - 'a' + 10
		case 'A' <= c && c <= 'F':
			n = n*16 + c - 'A' + 10
		default:
			return -1
		}
	}
	return n
}

// scanNumber follows JSON's number grammar; the byte after the number is
// read and put back.
func (l *nlLexer) scanNumber() int {
	l.reset()
	digit := func(c int) bool { return '0' <= c && c <= '9' }
	digits := func() int {
		c := l.get()
		for digit(c) {
			c = l.get()
		}
		return c
	}
	c := l.current
	if c == '-' {
		if c = l.get(); !digit(c) {
			return l.error("invalid number; expected digit after '-'")
		}
	}
	if c == '0' {
		c = l.get()
	} else {
		c = digits()
	}
	if c == '.' {
		if c = l.get(); !digit(c) {
			return l.error("invalid number; expected digit after '.'")
		}
		c = digits()
	}
	if c == 'e' || c == 'E' {
		c = l.get()
		if c == '+' || c == '-' {
			if c = l.get(); !digit(c) {
				return l.error("invalid number; expected digit after exponent sign")
			}
		} else if !digit(c) {
			return l.error("invalid number; expected '+', '-', or digit after exponent")
		}
		digits()
	}
	l.ungetByte()
	return nlNumber
}
