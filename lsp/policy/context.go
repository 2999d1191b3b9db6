package policy

import (
	"bytes"

	"github.com/secrets-lsp/secrets-lsp/nixparse/scanner"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// tokenList is the tokens of one version of a document, from its start to
// as far as a completion needed them. The next version reuses the tokens
// before its first change and scans again from there, so that typing
// rescans a few lines, not the file.
type tokenList struct {
	src  []byte
	toks []tok
	// The scanner runs on src[base:]; stack is the string nesting after
	// the last token (see push).
	sc    scanner.Scanner
	base  token.Pos
	stack []token.Kind
	eof   bool
}

type tok struct {
	kind     token.Kind
	pos, end token.Pos
	// restart: after this token the lexer is in its initial state (in no
	// string, interpolation or path), so scanning may start again at end.
	restart bool
}

// newTokenList prepares the tokens of src, reusing those of old (a previous
// version, or nil) up to the line of the first difference.
func newTokenList(src []byte, old *tokenList) *tokenList {
	t := &tokenList{src: src}
	if old != nil {
		same := commonPrefix(old.src, src)
		if same == len(src) && same == len(old.src) {
			return old
		}
		lineStart := token.Pos(bytes.LastIndexByte(src[:same], '\n') + 1)
		keep := 0
		for i, k := range old.toks {
			if k.end >= lineStart {
				break
			}
			if k.restart {
				keep = i + 1
			}
		}
		t.toks = append(make([]tok, 0, len(old.toks)), old.toks[:keep]...)
	}
	if n := len(t.toks); n > 0 {
		t.base = t.toks[n-1].end
	}
	t.sc.Init(string(src[t.base:]), 0)
	return t
}

func commonPrefix(a, b []byte) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// upTo scans until a token starts at or after pos (or the end), and
// returns the tokens.
func (t *tokenList) upTo(pos token.Pos) []tok {
	for !t.eof && (len(t.toks) == 0 || t.toks[len(t.toks)-1].pos < pos) {
		st := t.sc.Next()
		k := tok{kind: st.Kind, pos: st.Pos + t.base, end: st.End + t.base}
		if st.Kind == token.EOF {
			t.eof = true
		}
		t.push(k.kind)
		k.restart = len(t.stack) == 0
		t.toks = append(t.toks, k)
	}
	return t.toks
}

// push tracks what the lexer is inside of: strings, indented strings,
// paths (until their PATH_END) and the interpolations and braces within
// them.
func (t *tokenList) push(k token.Kind) {
	top := token.ILLEGAL
	if n := len(t.stack); n > 0 {
		top = t.stack[n-1]
	}
	inString := top == token.QUOTE || top == token.IND_STRING_CLOSE
	switch {
	case len(t.stack) > 0 && k == top:
		t.stack = t.stack[:len(t.stack)-1]
	case k == token.DOLLAR_CURLY || k == token.LBRACE && len(t.stack) > 0 && !inString:
		t.stack = append(t.stack, token.RBRACE)
	case k == token.QUOTE && !inString:
		t.stack = append(t.stack, token.QUOTE)
	case k == token.IND_STRING_OPEN && !inString:
		t.stack = append(t.stack, token.IND_STRING_CLOSE)
	case k == token.PATH || k == token.HPATH:
		t.stack = append(t.stack, token.PATH_END)
	}
}

// optionContext is where the cursor is in the option tree: the scope of
// the attribute set whose attribute name is being written, and the word
// being written.
type optionContext struct {
	scope      scope
	start, end token.Pos // the word at the cursor (empty if none)
}

// frame is one construct open at the cursor.
type frame struct {
	kind token.Kind // LBRACE (a set, or a pattern), LET, LBRACK, LPAREN, a string's opener, DOLLAR_CURLY
	path []string   // the option path of the values written in it; nil if none
	// In sets and lets: the attribute path of the binding being read,
	// whether its value is being read, and what delays the end of the
	// binding (with e; assert e;).
	binding  []string
	assigned bool
	inherit  bool
	pending  int
	// In strings: where the text starts.
	start token.Pos
}

// valuePath is the option path of a value that starts in f now.
func (f *frame) valuePath() []string {
	switch f.kind {
	case token.LBRACE:
		if !f.assigned || f.inherit || f.path == nil {
			return nil
		}
		return append(append([]string(nil), f.path...), f.binding...)
	case token.LBRACK:
		if f.path == nil {
			return nil
		}
		return append(append([]string(nil), f.path...), "[]")
	case token.LPAREN:
		return f.path
	}
	return nil // a let binds variables, not options
}

// quotedName returns the attribute name a quoted string writes, or "\x00"
// (no option's name) when it is not a plain string.
func quotedName(text []byte) string {
	if bytes.ContainsAny(text, "\\$") {
		return "\x00"
	}
	return string(text)
}

// contextAt walks the tokens before pos, keeping the stack of open
// constructs with the option path each stands for, and returns the
// context of an attribute name written at pos. It is a heuristic on
// tokens, not a parse, so that it works while the text is half typed.
func contextAt(toks []tok, src []byte, pos token.Pos) optionContext {
	root := &frame{kind: token.LPAREN, path: []string{}}
	stack := []*frame{root}
	top := func() *frame { return stack[len(stack)-1] }
	ctx := optionContext{start: pos, end: pos}
	for _, k := range toks {
		if k.pos <= pos && pos <= k.end && (k.kind == token.ID || token.IF <= k.kind && k.kind <= token.OR_KW) {
			ctx.start, ctx.end = k.pos, k.end // the word being written, maybe a keyword so far (rec…)
			break
		}
		if k.kind == token.EOF || k.pos >= pos {
			break
		}
		f := top()
		switch f.kind {
		case token.QUOTE, token.IND_STRING_OPEN:
			if k.kind == closer(f.kind) {
				stack = stack[:len(stack)-1]
				if p := top(); (p.kind == token.LBRACE || p.kind == token.LET) && !p.assigned && !p.inherit {
					p.binding = append(p.binding, quotedName(src[f.start:k.pos]))
				}
			} else if k.kind == token.DOLLAR_CURLY {
				stack = append(stack, &frame{kind: token.DOLLAR_CURLY})
			}
			continue
		}
		switch k.kind {
		case token.LBRACE, token.LBRACK, token.LPAREN, token.LET:
			path := f.valuePath()
			if f.kind == token.LBRACE && !f.assigned && k.kind == token.LBRACE {
				path = nil
			}
			stack = append(stack, &frame{kind: k.kind, path: path})
			continue
		case token.DOLLAR_CURLY:
			stack = append(stack, &frame{kind: token.DOLLAR_CURLY})
			continue
		case token.QUOTE, token.IND_STRING_OPEN:
			stack = append(stack, &frame{kind: k.kind, start: k.end})
			continue
		case token.RBRACE, token.RBRACK, token.RPAREN:
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
			continue
		case token.IN:
			if f.kind == token.LET && len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
			continue
		}
		if f.kind != token.LBRACE && f.kind != token.LET {
			continue
		}
		switch {
		case k.kind == token.SEMI && f.pending > 0:
			f.pending--
		case k.kind == token.SEMI:
			f.binding, f.assigned, f.inherit = nil, false, false
		case f.assigned || f.inherit:
			if k.kind == token.WITH || k.kind == token.ASSERT {
				f.pending++
			}
		case k.kind == token.INHERIT:
			f.inherit = true
		case k.kind == token.ASSIGN:
			f.assigned = true
		case k.kind == token.ID || k.kind == token.OR_KW:
			f.binding = append(f.binding, string(src[k.pos:k.end]))
		}
	}
	f := top()
	if f.kind != token.LBRACE || f.assigned || f.inherit || f.path == nil {
		return optionContext{start: ctx.start, end: ctx.end}
	}
	ctx.scope = scopeOf(append(append([]string(nil), f.path...), f.binding...))
	return ctx
}

func closer(open token.Kind) token.Kind {
	if open == token.IND_STRING_OPEN {
		return token.IND_STRING_CLOSE
	}
	return token.QUOTE
}
