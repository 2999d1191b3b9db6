// Package syntax turns the errors nixparse finds in a Nix file — Nix 2.8's
// syntax errors, the checks it makes while parsing and undefined variables —
// into diagnostics, each placed on the token Nix reports it at, with a code
// that says what kind of error it is.
//
// Check parses a file itself; FromErrors places errors found by someone
// else's parse of the same bytes (the analysis parses every file it reads),
// so that no file is parsed twice for its diagnostics.
package syntax

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/secrets-lsp/secrets-lsp/lsp/feature"
	"github.com/secrets-lsp/secrets-lsp/nixparse"
	"github.com/secrets-lsp/secrets-lsp/nixparse/scanner"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Diagnostic codes.
const (
	CodeSyntax            = "syntax-error"
	CodeInvalidNumber     = "invalid-number"
	CodePathTrailingSlash = "path-trailing-slash"
	CodeDuplicateAttr     = "duplicate-attribute"
	CodeDuplicateArg      = "duplicate-argument"
	CodeDynamicAttr       = "dynamic-attribute"
	CodeUndefinedVariable = "undefined-variable"
)

// Check parses one Nix file, named under the directory root, and returns
// its diagnostics, with the places of the file they print named as Nix
// names them (absolute).
func Check(name string, f *token.File, root string) []feature.Diagnostic {
	file, errs := nixparse.Parse(f, 0)
	if !hasSyntaxError(errs) {
		errs = append(errs, nixparse.CheckVariables(file, nixparse.NixCurrent)...)
	}
	for _, e := range errs {
		e.Msg = e.MessageUnder(root)
	}
	return FromErrors(name, f, errs)
}

// FromErrors returns the diagnostics of the errors a parse of f found
// (nixparse.Parse, then nixparse.Resolve or CheckVariables).
func FromErrors(name string, f *token.File, errs nixparse.ErrorList) []feature.Diagnostic {
	return FromErrorsAfter(name, f, errs, nil)
}

// FromErrorsAfter is FromErrors, placing the errors with a scan of f that
// starts after the token after, when it is not nil: a token of f that
// ends before every error, after which the lexer is in its initial state
// (an earlier scan of the same bytes knows one). The errors of a string
// left open are far into a large file, and scanning it from its start
// takes milliseconds.
func FromErrorsAfter(name string, f *token.File, errs nixparse.ErrorList, after *scanner.Token) []feature.Diagnostic {
	if hasSyntaxError(errs) {
		// Variables in a tree with broken regions would be reported
		// undefined because their binding is in the broken part: wait for
		// the syntax.
		kept := make(nixparse.ErrorList, 0, len(errs))
		for _, e := range errs {
			if code(e.Msg) != CodeUndefinedVariable {
				kept = append(kept, e)
			}
		}
		errs = kept
	}
	if len(errs) == 0 {
		return nil
	}
	first, last := token.Pos(len(f.Source())), token.Pos(0)
	for _, e := range errs {
		first, last = min(first, token.Pos(e.Pos.Offset)), max(last, token.Pos(e.Pos.Offset))
	}
	toks := scan(f.Source(), first, last, after)
	out := make([]feature.Diagnostic, 0, len(errs))
	for _, e := range errs {
		start, end := toks.extent(e)
		out = append(out, feature.Diagnostic{
			Span:     feature.Span{File: name, Start: start, End: end},
			Severity: feature.SeverityError,
			Code:     code(e.Msg),
			Message:  e.Msg,
		})
	}
	return out
}

func hasSyntaxError(errs nixparse.ErrorList) bool {
	for _, e := range errs {
		if code(e.Msg) == CodeSyntax {
			return true
		}
	}
	return false
}

// code classifies an error by its message, which nixparse words as Nix does.
func code(msg string) string {
	switch {
	case strings.HasPrefix(msg, "syntax error"), msg == "memory exhausted":
		return CodeSyntax
	case strings.HasPrefix(msg, "invalid integer"), strings.HasPrefix(msg, "invalid float"):
		return CodeInvalidNumber
	case strings.HasPrefix(msg, "path has a trailing slash"):
		return CodePathTrailingSlash
	case strings.HasPrefix(msg, "attribute '") && strings.Contains(msg, "' already defined at "):
		return CodeDuplicateAttr
	case strings.HasPrefix(msg, "duplicate formal function argument"):
		return CodeDuplicateArg
	case strings.HasPrefix(msg, "dynamic attributes not allowed"):
		return CodeDynamicAttr
	case strings.HasPrefix(msg, "undefined variable"):
		return CodeUndefinedVariable
	}
	return CodeSyntax
}

// tokens are the tokens of a file from its first error on: Nix reports
// each error at a token, and the token gives the error's range.
type tokens struct {
	src  []byte
	s    scanner.Scanner
	base token.Pos // where s started
	toks []scanner.Token
}

// scan reads the tokens up to the first one starting after last, keeping
// those from the last one before first on: the errors of a broken file are far into it, and
// the tokens before them are megabytes. The scan starts after the token
// after (see FromErrorsAfter), or at the start.
func scan(src []byte, first, last token.Pos, after *scanner.Token) *tokens {
	t := &tokens{src: src}
	var before []scanner.Token // the last token before first (endOfFile reads it)
	if after != nil {
		t.base = after.End
		before = append(before, *after)
	}
	// Not copied: the scan reads a document's text, which is never
	// modified (token.File.Source), and copying the file on each
	// keystroke taxes every request with the garbage collector's work.
	rest := src[t.base:]
	t.s.Init(unsafe.String(unsafe.SliceData(rest), len(rest)), 0)
	tok := t.scanNext()
	for tok.Pos < first && tok.Kind != token.EOF {
		before = append(before[:0], tok)
		tok = t.scanNext()
	}
	t.toks = append(append(t.toks, before...), tok)
	for tok.Pos <= last && tok.Kind != token.EOF {
		tok = t.next()
	}
	return t
}

func (t *tokens) next() scanner.Token {
	tok := t.scanNext()
	t.toks = append(t.toks, tok)
	return tok
}

// scanNext returns the next token, placed in the file.
func (t *tokens) scanNext() scanner.Token {
	tok := t.s.Next()
	tok.Pos, tok.End, tok.At = tok.Pos+t.base, tok.End+t.base, tok.At+t.base
	return tok
}

// extent returns the range of an error: for an unexpected end of file, see
// endOfFile; the whole string for an error about a string that starts there
// (a quoted attribute name); else the token that starts there, widened to
// whole characters (an invalid token may be one byte of a multi-byte
// character).
func (t *tokens) extent(e *nixparse.Error) (token.Pos, token.Pos) {
	at := token.Pos(e.Pos.Offset)
	src := t.src
	if strings.HasPrefix(e.Msg, "syntax error, unexpected end of file") {
		return t.endOfFile(at)
	}
	i := sort.Search(len(t.toks), func(i int) bool { return t.toks[i].Pos >= at })
	for i+1 < len(t.toks) && t.toks[i].End == at && t.toks[i+1].Pos == at {
		i++ // an empty token (the end of a path): Nix's is the next
	}
	if i == len(t.toks) || t.toks[i].Pos != at {
		return at, at
	}
	end := t.toks[i].End
	if k := t.toks[i].Kind; (k == token.QUOTE || k == token.IND_STRING_OPEN) && code(e.Msg) != CodeSyntax {
		end = t.stringEnd(i)
	}
	for int(end) < len(src) && !utf8.RuneStart(src[end]) {
		end++
	}
	return at, end
}

// endOfFile returns the range of an unexpected end of file, which Nix
// reports at the start of the last lexeme, at, blanks and comments
// included. An editor draws nothing for an empty range at the end: the
// range covers the last token's line from at when the last lexeme is that
// token (an open string: its first line, not every line after the quote),
// else the last character of the last token and the blanks after it; in a
// file without tokens, its comments. It is empty only in a blank file.
func (t *tokens) endOfFile(at token.Pos) (token.Pos, token.Pos) {
	end := token.Pos(len(t.src))
	n := len(t.toks) - 1 // the last is EOF
	if n == 0 {
		return end - token.Pos(len(bytes.TrimLeftFunc(t.src, unicode.IsSpace))), end // comments
	}
	last := t.toks[n-1]
	if last.Pos == at {
		line, _, _ := bytes.Cut(t.src[at:], []byte("\n"))
		return at, at + token.Pos(len(bytes.TrimRightFunc(line, unicode.IsSpace)))
	}
	_, size := utf8.DecodeLastRune(t.src[:last.End])
	return last.End - token.Pos(size), end
}

// stringEnd returns the end of the string whose opening quote is token i,
// interpolations included, scanning further if needed.
func (t *tokens) stringEnd(i int) token.Pos {
	// The stack holds what each open token expects to close it.
	stack := []token.Kind{closer(t.toks[i].Kind)}
	inString := func() bool { k := stack[len(stack)-1]; return k == token.QUOTE || k == token.IND_STRING_CLOSE }
	for j := i + 1; ; j++ {
		if j == len(t.toks) {
			t.next()
		}
		tok := t.toks[j]
		switch {
		case tok.Kind == token.EOF:
			return tok.Pos
		case tok.Kind == stack[len(stack)-1]:
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				return tok.End
			}
		case tok.Kind == token.DOLLAR_CURLY || !inString() && tok.Kind == token.LBRACE:
			stack = append(stack, token.RBRACE)
		case !inString() && (tok.Kind == token.QUOTE || tok.Kind == token.IND_STRING_OPEN):
			stack = append(stack, closer(tok.Kind))
		}
	}
}

func closer(open token.Kind) token.Kind {
	if open == token.IND_STRING_OPEN {
		return token.IND_STRING_CLOSE
	}
	return token.QUOTE
}
