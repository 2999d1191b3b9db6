package analysis

import (
	"bytes"

	"github.com/secrets-lsp/secrets-lsp/nixparse/scanner"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Typing a name after a quote the editor did not close leaves the rest of
// the file inside that string, and every keystroke until the closing
// quote changes only the text of that one string: the tokens, and so the
// syntax errors, stay the same, moved by what was typed. Restring answers
// those keystrokes from the previous one's errors without parsing the
// file again.

// Restring returns the diagnostics of new, a version of file, from diags,
// those of old, another version of it that has syntax errors (diags are
// syntax errors alone, as Analyze and Broken give them for a broken
// flake), when the two differ only inside the text of one double-quoted
// string, by characters that cannot end it, escape or interpolate, and no
// error lies in that text.
func Restring(old, new []byte, file string, diags []Diagnostic) ([]Diagnostic, bool) {
	broken := false
	for _, d := range diags {
		if d.Code != CodeSyntax || bytes.Contains([]byte(d.Message), []byte(" at ")) {
			return nil, false // not a syntax error, or one naming a place
		}
		broken = broken || d.File == file
	}
	if !broken {
		return nil, false
	}
	m := DiffTexts(old, new)
	if !plainText(old[m.Start:m.OldEnd]) || !plainText(new[m.Start:m.NewEnd]) || int(m.OldEnd) >= len(old) || !plainText(old[m.OldEnd:m.OldEnd+1]) {
		return nil, false
	}
	// The text token of a string that holds the change, with its end
	// after it; before the change, a plain character of it or its quote.
	var s scanner.Scanner
	s.Init(string(old[:min(len(old), int(m.OldEnd)+1)]), 0)
	var prev, t scanner.Token
	for {
		s.Scan(&t)
		if t.Kind == token.EOF {
			return nil, false
		}
		if t.End > m.Start {
			break
		}
		prev = t
	}
	inside := t.Kind == token.STR && t.Pos <= m.Start && (t.Pos < m.Start && plainText(old[m.Start-1:m.Start]) || prev.Kind == token.QUOTE && prev.End == t.Pos)
	if !inside {
		return nil, false
	}
	// The text of a path after an interpolation is a STR too, but any
	// character a path cannot hold ends it: such text, the last token of
	// the prefix scanned, is followed by the path's end.
	var next scanner.Token
	if s.Scan(&next); next.Kind == token.PATH_END {
		return nil, false
	}
	delta := m.NewEnd - m.OldEnd
	out := make([]Diagnostic, len(diags))
	for i, d := range diags {
		if d.File == file {
			switch {
			case d.Start > m.OldEnd:
				d.Start, d.End = d.Start+delta, d.End+delta
			case d.Start > t.Pos:
				return nil, false // in the string's text, where no token starts
			case d.End > m.OldEnd:
				d.End += delta // over the string, as an error at the end of the file is
			case d.End > m.Start:
				return nil, false
			}
		}
		out[i] = d
	}
	return out, true
}

// plainText reports whether b holds only characters that are text inside
// a double-quoted string whatever surrounds them: no quote, backslash,
// dollar or brace, and no line break (errors are kept one per line).
func plainText(b []byte) bool {
	for _, c := range b {
		switch c {
		case '"', '\\', '$', '{', '}', '\n', '\r', '\'':
			return false
		}
	}
	return true
}
