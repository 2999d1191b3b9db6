package eval

import (
	"strings"
	"unicode/utf8"
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
