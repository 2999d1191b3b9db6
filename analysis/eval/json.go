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
	p.skip()
	v := p.value(0)
	if p.err == "" {
		p.skip()
		if p.i < len(p.s) {
			p.fail("unexpected trailing characters")
		}
	}
	if p.err != "" {
		return m.fail(p.at(p.i, p.i, Computed), "while decoding a JSON string: %s", p.err)
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
	for j := p.i; j < len(p.s); j++ {
		if c := p.s[j]; c == '"' {
			s := p.s[p.i:j]
			p.i = j + 1
			return s, true
		} else if c == '\\' || c < 0x20 {
			break
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
				if utf16.IsSurrogate(r) && strings.HasPrefix(p.s[p.i:], `\u`) {
					p.i += 2
					r2, ok := p.hex4()
					if !ok {
						return "", false
					}
					r = utf16.DecodeRune(r, r2)
				}
				b.WriteRune(r)
			default:
				p.fail("invalid escape")
				return "", false
			}
		case c < 0x20:
			p.fail("control character in string")
			return "", false
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
