package eval

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Where an error is shown: an editor draws nothing for an empty range, so
// a failure a parser reports between characters is given one to cover.

const blanks = " \t\r\n"

// visibleAt returns the character of text at byte off: an error a parser
// reports there. A blank, or the end of the text, gives way to the last
// character before it that is not one (what was read last); an empty range
// is left only for a text of blanks.
func visibleAt(text string, off int) (start, end int) {
	i := min(max(off, 0), len(text))
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	if i == len(text) || strings.IndexByte(blanks, text[i]) >= 0 {
		j := len(strings.TrimRight(text[:i], blanks))
		if j == 0 {
			j = len(text) - len(strings.TrimLeft(text[i:], blanks))
			if j == len(text) {
				return i, i
			}
			i = j
		} else {
			_, n := utf8.DecodeLastRuneInString(text[:j])
			i = j - n
		}
	}
	_, n := utf8.DecodeRuneInString(text[i:])
	return i, i + n
}

// missingFor is Nix's failure of a builtin that needs attribute name of set
// s: placed at the set, where Nix 2.8 places it, with the call as the
// trace Nix adds; at the call when the set has no place.
func (m *Machine) missingFor(builtin, name string, s *Attrs, call Origin) *Unknown {
	if !s.O.IsValid() {
		return m.fail(call, "attribute '%s' missing for call to '%s'", name, builtin)
	}
	u := m.fail(firstLine(s.O), "attribute '%s' missing for call to '%s'", name, builtin)
	u.Err.Notes = []Note{{O: call, Msg: "while invoking '" + builtin + "'"}}
	return u
}

// firstLine returns o up to the end of its first line: a set is named by
// where it starts, not by every line of it.
func firstLine(o Origin) Origin {
	text := o.Src.File.Source()
	if o.Start < 0 || o.End > token.Pos(len(text)) || o.Start > o.End {
		return o
	}
	if i := bytes.IndexByte(text[o.Start:o.End], '\n'); i >= 0 {
		o.End = o.Start + token.Pos(len(bytes.TrimRight(text[o.Start:o.Start+token.Pos(i)], blanks)))
	}
	return o
}
