package nixparse

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Error is a syntax error, a failed parse-time check or an undefined
// variable, with its position in Nix's convention (1-based line, byte
// column).
type Error struct {
	Pos token.Position
	Msg string
	// Seq orders errors as Nix 2.8 meets them: lexical and syntax errors and
	// most checks by position, checks that Nix makes when a construct is
	// complete (duplicate formals, dynamic let attributes) at its end, and
	// undefined variables after everything else. Nix stops at the first, so
	// the error with the lowest Seq is the one nix-instantiate prints.
	Seq int
}

// Error formats e as FILE:LINE:COL: MESSAGE.
func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// MessageUnder returns e's message with the places of e's file it prints
// ("already defined at FILE:L:C") named by their path under root: Nix
// prints absolute paths, and a file read from an io/fs.FS has a relative
// name.
func (e *Error) MessageUnder(root string) string {
	name := e.Pos.Filename
	if name == "" || path.IsAbs(name) {
		return e.Msg
	}
	return strings.ReplaceAll(e.Msg, " at "+name+":", " at "+path.Join(root, name)+":")
}

// ErrorList is a list of errors, sorted by position once returned by this
// package.
type ErrorList []*Error

func (l ErrorList) Len() int      { return len(l) }
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func (l ErrorList) Less(i, j int) bool {
	a, b := l[i].Pos, l[j].Pos
	if a.Filename != b.Filename {
		return a.Filename < b.Filename
	}
	if a.Offset != b.Offset {
		return a.Offset < b.Offset
	}
	return l[i].Seq < l[j].Seq
}

// Sort sorts the list by file and position.
func (l ErrorList) Sort() { sort.Stable(l) }

// NixFirst returns the error Nix 2.8 would report (the lowest Seq), or nil.
func (l ErrorList) NixFirst() *Error {
	var first *Error
	for _, e := range l {
		if first == nil || e.Seq < first.Seq {
			first = e
		}
	}
	return first
}

// InNixOrder returns the errors ordered as Nix meets them (by Seq).
func (l ErrorList) InNixOrder() ErrorList {
	out := append(ErrorList(nil), l...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Seq < out[j].Seq })
	return out
}

// Error formats the first error and the number of others.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns nil for an empty list and the list otherwise.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// String lists every error, one per line.
func (l ErrorList) String() string {
	var b strings.Builder
	for _, e := range l {
		b.WriteString(e.Error())
		b.WriteByte('\n')
	}
	return b.String()
}
