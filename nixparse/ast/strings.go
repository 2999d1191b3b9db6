package ast

import (
	"strings"
	"unsafe"
)

// Piece is one element of a string as Nix evaluates it: literal text, or
// an interpolated expression (Expr != nil).
type Piece struct {
	Text string
	Expr Expr
	Part StringPart // the source piece it comes from
}

// Pieces returns the string as Nix 2.8 builds it: for an indented string,
// with the common indentation and a final blank line stripped. There is one
// piece per source part (some may become empty), as in Nix.
func (x *String) Pieces() []Piece {
	ps := make([]Piece, len(x.Parts))
	for i, p := range x.Parts {
		switch p := p.(type) {
		case *Text:
			ps[i] = Piece{Text: p.Value, Part: p}
		case *Interp:
			ps[i] = Piece{Expr: p.X, Part: p}
		}
	}
	if x.Indented {
		stripIndentation(ps)
	}
	return ps
}

// Static reports whether Nix's parser makes the string a constant (rather
// than a concatenation), and returns its value. That is the case for a
// string without parts or with one literal part, and for an indented string
// whose only part interpolates a constant. `"${"a"}"`, and an indented
// string of the three tokens a, the escape of $ and b, are concatenations even though
// their value is known.
func (x *String) Static() (string, bool) {
	switch len(x.Parts) {
	case 0:
		return "", true
	case 1:
		switch p := x.Parts[0].(type) {
		case *Text:
			if !x.Indented {
				return p.Value, true
			}
			one := [1]Piece{{Text: p.Value, Part: p}} // Pieces without allocating
			stripIndentation(one[:])
			return one[0].Text, true
		case *Interp:
			if x.Indented {
				return ConstString(p.X)
			}
		}
	}
	return "", false
}

// ConstString reports whether Nix's parser turns x into a constant string,
// and returns it: a static String or a URI, possibly parenthesised.
func ConstString(x Expr) (string, bool) {
	switch x := Unparen(x).(type) {
	case *String:
		return x.Static()
	case *URI:
		return x.Lit, true
	}
	return "", false
}

// stripIndentation removes the indentation common to all lines of an
// indented string, as Nix 2.8's parser does. Interpolations and escapes end
// the leading whitespace of their line without counting as indentation,
// yet escaped spaces and newlines are then stripped like literal ones.
func stripIndentation(ps []Piece) {
	atStart, minIndent, cur := true, 1000000, 0
	for _, p := range ps {
		t, ok := p.Part.(*Text)
		if !ok || t.Escape {
			if atStart {
				atStart = false
				minIndent = min(minIndent, cur)
			}
			continue
		}
		for i := 0; i < len(p.Text); i++ {
			if !atStart {
				// Only the starts of lines count: skip to the next.
				nl := strings.IndexByte(p.Text[i:], '\n')
				if nl < 0 {
					break
				}
				i += nl
				atStart, cur = true, 0
				continue
			}
			switch p.Text[i] {
			case ' ':
				cur++
			case '\n':
				cur = 0
			default:
				atStart = false
				minIndent = min(minIndent, cur)
			}
		}
	}

	atStart = true
	dropped := 0
	for k := range ps {
		if ps[k].Expr != nil {
			atStart, dropped = false, 0
			continue
		}
		// Runs of kept bytes are copied whole; a text that loses no space
		// is kept as it is.
		s := ps[k].Text
		var b []byte
		start := 0 // s[start:i] is kept, not yet copied
		for i := 0; i < len(s); {
			if !atStart {
				nl := strings.IndexByte(s[i:], '\n')
				if nl < 0 {
					break
				}
				i += nl + 1
				atStart = true
				continue
			}
			switch s[i] {
			case ' ':
				if dropped < minIndent {
					if b == nil {
						b = make([]byte, 0, len(s))
					}
					b = append(b, s[start:i]...)
					start = i + 1
				}
				dropped++
			case '\n':
				dropped = 0
			default:
				atStart, dropped = false, 0
			}
			i++
		}
		out := s
		if b != nil {
			b = append(b, s[start:]...)
			out = unsafe.String(unsafe.SliceData(b), len(b)) // b is not used again
		}
		if k == len(ps)-1 {
			// Drop a last line made of spaces only.
			if nl := strings.LastIndexByte(out, '\n'); nl >= 0 && strings.Trim(out[nl+1:], " ") == "" {
				out = out[:nl+1]
			}
		}
		ps[k].Text = out
	}
}

// StaticName returns the name an attribute-path element stands for when
// Nix knows it at parse time: a plain identifier, a static string, or ${e}
// where e is a constant string (see ConstString).
// Other elements are dynamic: their names are only known by evaluation.
func StaticName(n AttrName) (string, bool) {
	switch n := n.(type) {
	case *Ident:
		return n.Name, true
	case *String:
		return n.Static()
	case *Interp:
		return ConstString(n.X)
	}
	return "", false
}
