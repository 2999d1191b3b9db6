// Package scanner splits Nix source text into tokens exactly as the flex
// lexer of Nix 2.8 (src/libexpr/lexer.l) does: longest match, ties won by
// the earlier rule, and the same start-condition stack for strings,
// indented strings and paths.
//
// The lexer is independent of the parser, so a Scanner can run ahead of
// the parser freely. Lexical errors (an integer that overflows, a path with
// a trailing slash) do not stop it: they ride on the token where Nix would
// throw them, in Token.Err, and the parser reports them when it reaches
// that token — the order in which Nix would meet them.
package scanner

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Token is one lexeme.
type Token struct {
	Kind token.Kind
	Pos  token.Pos // first byte
	End  token.Pos // one past the last byte
	// At is where Nix 2.8 reports an error found at this token: Pos, except
	// at the end of the file (the start of the last lexeme, whitespace and
	// comments included) and for PATH_END (the start of the path piece
	// before it).
	At token.Pos
	// Err is a lexical error to report at At.
	Err LexError
	// Escapes is set on a STR token of a "string" that may need cooking:
	// it holds a backslash, a carriage return or a NUL byte.
	Escapes bool
}

// LexError is a lexical error Nix's lexer throws.
type LexError uint8

const (
	NoError       LexError = iota
	BadInt                 // an integer above 2^63-1
	BadFloat               // a float out of range
	TrailingSlash          // a path ending in '/'
)

// Message returns the error as Nix words it; lit is the token's text.
func (e LexError) Message(lit string) string {
	switch e {
	case BadInt:
		return "invalid integer '" + lit + "'"
	case BadFloat:
		return "invalid float '" + lit + "'"
	case TrailingSlash:
		return "path has a trailing slash"
	}
	return ""
}

// Mode controls what a Scanner returns.
type Mode uint

// ScanComments makes the scanner return COMMENT tokens instead of skipping
// them.
const ScanComments Mode = 1

// state is a flex start condition.
type state uint8

const (
	stDefault state = iota // INITIAL and DEFAULT: they accept the same rules
	stString
	stIndString
	stInPath
	stInPathSlash
)

// A Scanner holds the lexer state for one source text. The zero value is
// not usable; call Init.
type Scanner struct {
	src  string
	mode Mode
	off  int
	// stack holds the start conditions below the current one; the current
	// one is cur. An empty stack with cur == stDefault is flex's INITIAL,
	// where '}' pops nothing.
	stack []state
	cur   state
	// loc and prevLoc mirror the start of Nix's yylloc and of the
	// prev_yylloc it keeps to undo yyless(0): the start of the last lexeme
	// matched (whitespace and comments included) and of the one before.
	loc, prevLoc int
	done         bool
	// plainRun ends a run of PATH_CHARs that no '/' or ':' follows (see
	// plainRunEnd); offsets only grow, so a run behind is never asked.
	plainRun int
}

// Init prepares s to scan src.
func (s *Scanner) Init(src string, mode Mode) {
	*s = Scanner{src: src, mode: mode, stack: s.stack[:0]}
}

// Clone returns a scanner that scans on from where s is, independently of
// it: to look further ahead than a parser's lookahead.
func (s *Scanner) Clone() *Scanner {
	c := *s
	c.stack = slices.Clone(s.stack)
	return &c
}

// Offset returns the offset of the next byte to scan.
func (s *Scanner) Offset() int { return s.off }

// SameState reports whether s and o are in the same start condition with
// the same conditions below it: from there, the same bytes scan to the same
// tokens.
func (s *Scanner) SameState(o *Scanner) bool {
	return s.cur == o.cur && s.done == o.done && slices.Equal(s.stack, o.stack)
}

func (s *Scanner) push(st state) {
	s.stack = append(s.stack, s.cur)
	s.cur = st
}

func (s *Scanner) pop() {
	if n := len(s.stack); n > 0 {
		s.cur = s.stack[n-1]
		s.stack = s.stack[:n-1]
	} else {
		s.cur = stDefault
	}
}

// lexeme records a match at pos, as Nix's adjustLoc does.
func (s *Scanner) lexeme(pos int) { s.prevLoc, s.loc = s.loc, pos }

// tok sets t to a token matched at pos. Tokens are written in place,
// field by field: returned by value through the scanning functions, they
// were copied in ways that stalled the processor's store forwarding.
func (s *Scanner) tok(t *Token, k token.Kind, pos, end int) {
	s.lexeme(pos)
	s.off = end
	t.Kind, t.Pos, t.End, t.At, t.Err, t.Escapes = k, token.Pos(pos), token.Pos(end), token.Pos(pos), NoError, false
}

func (s *Scanner) eof(t *Token) {
	s.done = true
	n := token.Pos(len(s.src))
	t.Kind, t.Pos, t.End, t.At, t.Err = token.EOF, n, n, token.Pos(s.loc), NoError
}

// Next returns the next token. After EOF it keeps returning EOF.
func (s *Scanner) Next() Token {
	var t Token
	s.Scan(&t)
	return t
}

// Scan is Next writing the token into *t, which costs less.
func (s *Scanner) Scan(t *Token) {
	if s.done {
		s.eof(t)
		return
	}
	switch s.cur {
	case stDefault:
		s.scanDefault(t)
	case stString:
		s.scanString(t)
	case stIndString:
		s.scanIndString(t)
	default: // stInPath, stInPathSlash
		s.scanInPath(t)
	}
}

// Character classes of lexer.l, as bits of a table for speed.
const (
	cPath       = 1 << iota // PATH_CHAR: [a-zA-Z0-9\.\_\-\+]
	cIDHead                 // [a-zA-Z\_]
	cID                     // [a-zA-Z0-9\_\'\-]
	cDigit                  // [0-9]
	cLetter                 // [a-zA-Z]
	cScheme                 // [a-zA-Z0-9\+\-\.], a URI's scheme
	cURI                    // [a-zA-Z0-9\%\/\?\:\@\&\=\+\$\,\-\_\.\!\~\*\'], a URI's rest
	cStrSpecial             // ["\\$\r\x00], which end plain text in a string
	cBlank                  // [ \t\r\n]
)

var class = func() (t [256]uint16) {
	set := func(chars string, bits uint16) {
		for i := 0; i < len(chars); i++ {
			t[chars[i]] |= bits
		}
	}
	for c := 'a'; c <= 'z'; c++ {
		set(string(c)+string(c-'a'+'A'), cPath|cIDHead|cID|cLetter|cScheme|cURI)
	}
	set("0123456789", cPath|cID|cDigit|cScheme|cURI)
	set(".", cPath|cScheme|cURI)
	set("_", cPath|cIDHead|cID|cURI)
	set("-", cPath|cID|cScheme|cURI)
	set("+", cPath|cScheme|cURI)
	set("'", cID|cURI)
	set("%/?:@&=$,!~*", cURI)
	set("\"\\$\r\x00", cStrSpecial)
	set(" \t\r\n", cBlank)
	return t
}()

func isPathChar(c byte) bool   { return class[c]&cPath != 0 }
func isIDStart(c byte) bool    { return class[c]&cIDHead != 0 }
func isIDChar(c byte) bool     { return class[c]&cID != 0 }
func isDigit(c byte) bool      { return class[c]&cDigit != 0 }
func isLetter(c byte) bool     { return class[c]&cLetter != 0 }
func isSchemeChar(c byte) bool { return class[c]&cScheme != 0 }
func isURIChar(c byte) bool    { return class[c]&cURI != 0 }

func (s *Scanner) at(i int) byte {
	if i < len(s.src) {
		return s.src[i]
	}
	return 0
}

// pathChars returns the end of the run of PATH_CHARs starting at i.
func (s *Scanner) pathChars(i int) int {
	for i < len(s.src) && isPathChar(s.src[i]) {
		i++
	}
	return i
}

// matchPath matches {PATH_CHAR}*(\/{PATH_CHAR}+)+\/? at i (prefix "" ) or
// \~(\/{PATH_CHAR}+)+\/? (prefix "~") and returns the match length, or 0.
func (s *Scanner) matchPath(i int, home bool) int {
	j := i
	if home {
		if s.at(j) != '~' {
			return 0
		}
		j++
	} else {
		j = s.pathChars(j)
	}
	segs := 0
	for s.at(j) == '/' && j+1 < len(s.src) && isPathChar(s.src[j+1]) {
		j = s.pathChars(j + 1)
		segs++
	}
	if segs == 0 {
		return 0
	}
	if s.at(j) == '/' {
		j++
	}
	return j - i
}

// matchSegDollar matches {PATH_SEG}\$\{ (or {HPATH_START}\$\{) at i and
// returns the length of the segment, slash included, or 0.
func (s *Scanner) matchSegDollar(i int, home bool) int {
	var j int
	if home {
		if s.at(i) != '~' {
			return 0
		}
		j = i + 1
	} else {
		j = s.pathChars(i)
	}
	if s.at(j) == '/' && s.at(j+1) == '$' && s.at(j+2) == '{' {
		return j + 1 - i
	}
	return 0
}

// plainRunEnd reports whether the run of PATH_CHARs at i ends other than
// at a '/'. When it ends at neither '/' nor ':', it records the end in
// plainRun: no token starting in the run can be a path or a URI (their
// rules need a '/' after PATH_CHARs, or a ':' after scheme characters,
// which are PATH_CHARs too), so match need not look again, for each name
// and dot of a.b.c, to the end of the run.
func (s *Scanner) plainRunEnd(i int) bool {
	e := s.pathChars(i)
	switch s.at(e) {
	case '/':
		return false
	case ':':
	default:
		s.plainRun = e
	}
	return true
}

// matchFloat matches (([1-9][0-9]*\.[0-9]*)|(0?\.[0-9]+))([Ee][+-]?[0-9]+)?
func (s *Scanner) matchFloat(i int) int {
	best := 0
	if c := s.at(i); c >= '1' && c <= '9' {
		j := i + 1
		for isDigit(s.at(j)) {
			j++
		}
		if s.at(j) == '.' {
			j++
			for isDigit(s.at(j)) {
				j++
			}
			best = j - i
		}
	}
	j := i
	if s.at(j) == '0' {
		j++
	}
	if s.at(j) == '.' && isDigit(s.at(j+1)) {
		j += 2
		for isDigit(s.at(j)) {
			j++
		}
		best = max(best, j-i)
	}
	if best == 0 {
		return 0
	}
	j = i + best
	if c := s.at(j); c == 'e' || c == 'E' {
		k := j + 1
		if c := s.at(k); c == '+' || c == '-' {
			k++
		}
		if isDigit(s.at(k)) {
			for isDigit(s.at(k)) {
				k++
			}
			j = k
		}
	}
	return j - i
}

// matchURI matches [a-zA-Z][a-zA-Z0-9\+\-\.]*\:[URI chars]+ at i.
func (s *Scanner) matchURI(i int) int {
	if !isLetter(s.at(i)) {
		return 0
	}
	j := i + 1
	for j < len(s.src) && isSchemeChar(s.src[j]) {
		j++
	}
	if s.at(j) != ':' {
		return 0
	}
	j++
	k := j
	for k < len(s.src) && isURIChar(s.src[k]) {
		k++
	}
	if k == j {
		return 0
	}
	return k - i
}

// matchSearchPath matches \<{PATH_CHAR}+(\/{PATH_CHAR}+)*\> at i.
func (s *Scanner) matchSearchPath(i int) int {
	j := s.pathChars(i + 1)
	if j == i+1 {
		return 0
	}
	for s.at(j) == '/' && j+1 < len(s.src) && isPathChar(s.src[j+1]) {
		j = s.pathChars(j + 1)
	}
	if s.at(j) != '>' {
		return 0
	}
	return j + 1 - i
}

// skipBlank consumes whitespace and comments. It stops after a comment
// when the mode asks for comments, and returns its range.
func (s *Scanner) skipBlank() (pos, end int, comment bool) {
	for s.off < len(s.src) {
		i := s.off
		switch c := s.src[i]; c {
		case ' ', '\t', '\r', '\n':
			j := i + 1
			for j < len(s.src) && class[s.src[j]]&cBlank != 0 {
				j++
			}
			s.lexeme(i)
			s.off = j
		case '#':
			// To the end of the line: the first '\n', or a '\r' before it.
			j := len(s.src)
			if nl := strings.IndexByte(s.src[i:], '\n'); nl >= 0 {
				j = i + nl
			}
			if cr := strings.IndexByte(s.src[i:j], '\r'); cr >= 0 {
				j = i + cr
			}
			s.lexeme(i)
			s.off = j
			if s.mode&ScanComments != 0 {
				return i, j, true
			}
		case '/':
			if s.at(i+1) != '*' {
				return 0, 0, false
			}
			// \/\*([^*]|\*+[^*/])*\*+\/ : the first "*/" after "/*" ends it.
			j := i + 2
			for {
				if j+1 >= len(s.src) {
					return 0, 0, false // unterminated: '/' and '*' are ordinary tokens
				}
				if s.src[j] == '*' && s.src[j+1] == '/' {
					j += 2
					break
				}
				j++
			}
			s.lexeme(i)
			s.off = j
			if s.mode&ScanComments != 0 {
				return i, j, true
			}
		default:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

func (s *Scanner) scanDefault(t *Token) {
	src, i := s.src, s.off
	// Most tokens follow a run of blanks and nothing else: skipped here,
	// comments in skipBlank.
	if i < len(src) && class[src[i]]&cBlank != 0 {
		j := i + 1
		for j < len(src) && class[src[j]]&cBlank != 0 {
			j++
		}
		s.lexeme(i)
		s.off, i = j, j
	}
	if i >= len(src) {
		s.eof(t)
		return
	}
	c := src[i]
	if c == '#' || c == '/' {
		if pos, end, ok := s.skipBlank(); ok {
			t.Kind, t.Pos, t.End, t.At, t.Err = token.COMMENT, token.Pos(pos), token.Pos(end), token.Pos(pos), NoError
			return
		}
		if i = s.off; i >= len(src) {
			s.eof(t)
			return
		}
		c = src[i]
	}
	if k := oneChar[c]; k != token.ILLEGAL {
		switch k {
		case token.LBRACE:
			s.push(stDefault)
		case token.RBRACE:
			if s.cur != stDefault || len(s.stack) > 0 {
				s.pop()
			}
		case token.QUOTE:
			s.push(stString)
		}
		s.tok(t, k, i, i+1)
		return
	}
	if c == 0 {
		// Flex hands the NUL byte to the parser as token 0: end of input.
		s.lexeme(i)
		s.eof(t)
		return
	}
	kind, n, segDollar := s.match(i, c)

	switch kind {
	case token.DOLLAR_CURLY:
		s.push(stDefault)
	case token.IND_STRING_OPEN:
		s.push(stIndString)
	case token.PATH, token.HPATH:
		if segDollar > 0 {
			// {PATH_SEG}\$\{ rescans the segment alone in PATH_START.
			n = segDollar
		}
		if s.src[i+n-1] == '/' {
			s.push(stInPathSlash)
		} else {
			s.push(stInPath)
		}
	}
	s.tok(t, kind, i, i+n)
	switch kind {
	case token.INT:
		if _, err := strconv.ParseInt(s.src[i:i+n], 10, 64); n >= 19 && err != nil {
			t.Err = BadInt
		}
	case token.FLOAT:
		if !validFloat(s.src[i : i+n]) {
			t.Err = BadFloat
		}
	}
}

// operators are the tokens of more than one fixed character.
var operators = [...]struct {
	text string
	kind token.Kind
}{{"...", token.ELLIPSIS}, {"==", token.EQ}, {"!=", token.NEQ}, {"<=", token.LEQ}, {">=", token.GEQ},
	{"&&", token.AND}, {"||", token.OR}, {"->", token.IMPL}, {"//", token.UPDATE}, {"++", token.CONCAT}}

// after2 returns k2 if the byte after i is next, else k1.
func (s *Scanner) after2(i int, next byte, k2, k1 token.Kind) (token.Kind, int, int) {
	if s.at(i+1) == next {
		return k2, 2, 0
	}
	return k1, 1, 0
}

// match finds the longest match at i, whose first byte is c, as flex does:
// the kind, the length, and for the rule {PATH_SEG}\$\{ the length of the
// segment alone (the match itself includes "${").
func (s *Scanner) match(i int, c byte) (kind token.Kind, n, segDollar int) {
	// Fast paths, where the first bytes settle the longest match.
	if k := oneChar[c]; k != token.ILLEGAL {
		return k, 1, 0
	}
	switch c {
	case '=':
		return s.after2(i, '=', token.EQ, token.ASSIGN)
	case '!':
		return s.after2(i, '=', token.NEQ, token.NOT)
	case '>':
		return s.after2(i, '=', token.GEQ, token.GT)
	case '&':
		return s.after2(i, '&', token.AND, token.ILLEGAL)
	case '|':
		return s.after2(i, '|', token.OR, token.ILLEGAL)
	case '$':
		return s.after2(i, '{', token.DOLLAR_CURLY, token.ILLEGAL)
	case '/':
		if s.at(i+1) == '/' {
			return token.UPDATE, 2, 0 // a path cannot start with "//"
		}
	case '.':
		// A '.' is a DOT (as in a.b) unless it starts "...", a float (.5)
		// or a path (.a/b, ./x), which needs a '/' after its PATH_CHARs.
		if d := s.at(i + 1); d != '.' && !isDigit(d) && (i < s.plainRun || s.plainRunEnd(i)) {
			return token.DOT, 1, 0
		}
	case '+', '-':
		// Operators, unless PATH_CHARs lead to a '/'.
		if s.at(s.pathChars(i)) != '/' {
			if c == '+' {
				return s.after2(i, '+', token.CONCAT, token.PLUS)
			}
			return s.after2(i, '>', token.IMPL, token.MINUS)
		}
	}
	if isIDStart(c) {
		j := i + 1
		for j < len(s.src) && isIDChar(s.src[j]) {
			j++
		}
		// A path or a URI can only be longer if the identifier is followed
		// by one of the characters they have and identifiers lack, and
		// their characters lead to a '/' or a ':'.
		switch s.at(j) {
		case '/', ':', '.', '+':
			if i < s.plainRun {
				return token.Keyword(s.src[i:j]), j - i, 0
			}
			// One pass: a URI's scheme characters are PATH_CHARs too, so
			// the run of PATH_CHARs goes on from where the scheme ends.
			m := i
			if isLetter(c) {
				m++
				for m < len(s.src) && isSchemeChar(s.src[m]) {
					m++
				}
				if s.at(m) == ':' {
					break
				}
			}
			if !s.plainRunEnd(m) {
				break
			}
			return token.Keyword(s.src[i:j]), j - i, 0
		default:
			return token.Keyword(s.src[i:j]), j - i, 0
		}
	} else if isDigit(c) {
		j := i + 1
		for isDigit(s.at(j)) {
			j++
		}
		// Only a path or a float can be longer.
		if d := s.at(j); !isPathChar(d) && d != '/' {
			return token.INT, j - i, 0
		}
	}
	return s.matchGeneral(i, c)
}

// matchGeneral tries every rule that can start with c.
func (s *Scanner) matchGeneral(i int, c byte) (kind token.Kind, n, segDollar int) {
	// Longest match over the rules that can start with c; on a tie the
	// earlier rule in lexer.l wins, so candidates are tried in rule order
	// and replaced only by strictly longer matches.
	kind, n = token.ILLEGAL, 1
	try := func(k token.Kind, l int) {
		if l > n || (l == n && kind == token.ILLEGAL) {
			kind, n = k, l
		}
	}

	for _, op := range operators {
		if strings.HasPrefix(s.src[i:], op.text) {
			try(op.kind, len(op.text))
		}
	}
	if isIDStart(c) {
		j := i + 1
		for j < len(s.src) && isIDChar(s.src[j]) {
			j++
		}
		try(token.Keyword(s.src[i:j]), j-i)
	}
	if isDigit(c) {
		j := i + 1
		for isDigit(s.at(j)) {
			j++
		}
		try(token.INT, j-i)
	}
	if isDigit(c) || c == '.' {
		if l := s.matchFloat(i); l > 0 {
			try(token.FLOAT, l)
		}
	}
	if c == '\'' && s.at(i+1) == '\'' {
		// \'\'(\ *\n)?
		j := i + 2
		for s.at(j) == ' ' {
			j++
		}
		if s.at(j) == '\n' {
			try(token.IND_STRING_OPEN, j+1-i)
		} else {
			try(token.IND_STRING_OPEN, 2)
		}
	}
	if isPathChar(c) || c == '/' {
		if l := s.matchSegDollar(i, false); l > 0 && l+2 > n {
			kind, n, segDollar = token.PATH, l+2, l
		}
	} else if c == '~' {
		if l := s.matchSegDollar(i, true); l > 0 && l+2 > n {
			kind, n, segDollar = token.HPATH, l+2, l
		}
	}
	if isPathChar(c) || c == '/' {
		if l := s.matchPath(i, false); l > n {
			kind, n, segDollar = token.PATH, l, 0
		}
	} else if c == '~' {
		if l := s.matchPath(i, true); l > n {
			kind, n, segDollar = token.HPATH, l, 0
		}
	}
	if c == '<' {
		if l := s.matchSearchPath(i); l > n {
			kind, n = token.SPATH, l
		}
	}
	if isLetter(c) {
		if l := s.matchURI(i); l > n {
			kind, n = token.URI, l
		}
	}
	if kind == token.ILLEGAL {
		kind = single(c)
	}
	return kind, n, segDollar
}

// validFloat reports whether strtod accepts lit without setting ERANGE:
// glibc flags overflow, and results below the smallest normal double
// (including those that round to zero).
func validFloat(lit string) bool {
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil {
		return false
	}
	if f == 0 {
		// Only a zero mantissa makes an exact zero.
		mant := lit
		if i := strings.IndexAny(lit, "eE"); i >= 0 {
			mant = lit[:i]
		}
		return strings.Trim(mant, "0.") == ""
	}
	return math.Abs(f) >= 0x1p-1022
}

// oneChar holds the kind of the characters that are a token of their own
// whatever follows them, ILLEGAL for the others.
var oneChar = func() (t [256]token.Kind) {
	for _, c := range []byte("()[];,@?*:{}\"") {
		t[c] = single(c)
	}
	return t
}()

func single(c byte) token.Kind {
	switch c {
	case '{':
		return token.LBRACE
	case '}':
		return token.RBRACE
	case '[':
		return token.LBRACK
	case ']':
		return token.RBRACK
	case '(':
		return token.LPAREN
	case ')':
		return token.RPAREN
	case ';':
		return token.SEMI
	case ':':
		return token.COLON
	case ',':
		return token.COMMA
	case '=':
		return token.ASSIGN
	case '.':
		return token.DOT
	case '?':
		return token.QUESTION
	case '@':
		return token.AT
	case '+':
		return token.PLUS
	case '-':
		return token.MINUS
	case '*':
		return token.MUL
	case '/':
		return token.DIV
	case '<':
		return token.LT
	case '>':
		return token.GT
	case '!':
		return token.NOT
	case '"':
		return token.QUOTE
	}
	return token.ILLEGAL
}

// scanString scans inside "…".
func (s *Scanner) scanString(t *Token) {
	i := s.off
	if i >= len(s.src) {
		s.eof(t)
		return
	}
	j := i
	escapes := false
loop:
	for j < len(s.src) {
		// Skip plain text fast.
		for j < len(s.src) && class[s.src[j]]&cStrSpecial == 0 {
			j++
		}
		if j >= len(s.src) {
			break
		}
		switch s.src[j] {
		case '"':
			break loop
		case '\\':
			if j+1 >= len(s.src) {
				break loop
			}
			escapes = true
			j += 2
		case '$':
			switch c := s.at(j + 1); {
			case j+1 >= len(s.src):
				break loop
			case c == '{':
				break loop
			case c == '"':
				j++ // the trailing-context rule: text ending in '$' before '"'
				break loop
			case c == '\\':
				if j+2 >= len(s.src) {
					break loop
				}
				escapes = true
				j += 3
			default:
				escapes = escapes || c == '\r' || c == 0
				j += 2
			}
		default: // '\r' or NUL
			escapes = true
			j++
		}
	}
	if j > i {
		s.tok(t, token.STR, i, j)
		t.Escapes = escapes
		return
	}
	switch s.src[i] {
	case '"':
		s.pop()
		s.tok(t, token.QUOTE, i, i+1)
		return
	case '$':
		if s.at(i+1) == '{' {
			s.push(stDefault)
			s.tok(t, token.DOLLAR_CURLY, i, i+2)
			return
		}
		if s.at(i+1) == '\\' {
			s.tok(t, token.STR, i, i+2)
			t.Escapes = true
			return
		}
	}
	// A lone '$' or '\' just before the end of the file.
	s.tok(t, token.STR, i, i+1)
	t.Escapes = true
	return
}

// SkipPlainString, just after the opening quote of a string, scans the
// rest of the string when it is plain text up to the closing quote (no
// escape, interpolation, '$', carriage return or NUL), as Scan would: a
// STR token (none when empty), then the QUOTE. It returns where the text
// ends, at the closing quote; ok is false, and nothing scanned, for any
// other string. Most strings are plain: a parser spares two tokens.
func (s *Scanner) SkipPlainString() (end int, ok bool) {
	if s.cur != stString || s.done {
		return 0, false
	}
	i := s.off
	j := i
	for j < len(s.src) && class[s.src[j]]&cStrSpecial == 0 {
		j++
	}
	if j >= len(s.src) || s.src[j] != '"' {
		return 0, false
	}
	if j > i {
		s.lexeme(i)
	}
	s.lexeme(j)
	s.pop()
	s.off = j + 1
	return j, true
}

// scanIndString scans inside an indented string.
func (s *Scanner) scanIndString(t *Token) {
	i := s.off
	if i >= len(s.src) {
		s.eof(t)
		return
	}
	// ([^\$\']|\$[^\{\']|\'[^\'\$])+
	j := i
loop:
	for j < len(s.src) {
		switch s.src[j] {
		case '$':
			if j+1 >= len(s.src) || s.src[j+1] == '{' || s.src[j+1] == '\'' {
				break loop
			}
			j += 2
		case '\'':
			if j+1 >= len(s.src) || s.src[j+1] == '\'' || s.src[j+1] == '$' {
				break loop
			}
			j += 2
		default:
			j++
		}
	}
	if j > i {
		s.tok(t, token.IND_STR, i, j)
		return
	}
	if s.src[i] == '$' {
		if s.at(i+1) == '{' {
			s.push(stDefault)
			s.tok(t, token.DOLLAR_CURLY, i, i+2)
			return
		}
		s.tok(t, token.IND_STR, i, i+1)
		return
	}
	// s.src[i] == '\''
	if s.at(i+1) != '\'' {
		s.tok(t, token.IND_STR, i, i+1)
		return
	}
	switch c := s.at(i + 2); {
	case c == '$' || c == '\'':
		s.tok(t, token.IND_STR, i, i+3)
		return
	case c == '\\' && i+3 < len(s.src):
		s.tok(t, token.IND_STR, i, i+4)
		return
	}
	s.pop()
	s.tok(t, token.IND_STRING_CLOSE, i, i+2)
	return
}

// scanInPath scans after a path piece: more pieces, an interpolation, or
// the zero-width PATH_END.
func (s *Scanner) scanInPath(t *Token) {
	i := s.off
	if s.at(i) == '$' && s.at(i+1) == '{' {
		s.pop()
		s.push(stInPath)
		s.push(stDefault)
		s.tok(t, token.DOLLAR_CURLY, i, i+2)
		return
	}
	// {PATH}|{PATH_SEG}|{PATH_CHAR}+
	n := s.pathChars(i) - i
	if s.at(i+n) == '/' {
		n++
		n = max(n, s.matchPath(i, false))
	}
	if n > 0 {
		s.pop()
		if s.src[i+n-1] == '/' {
			s.push(stInPathSlash)
		} else {
			s.push(stInPath)
		}
		s.tok(t, token.STR, i, i+n)
		return
	}
	slash := s.cur == stInPathSlash
	s.pop()
	if slash {
		// Nix throws here; carrying on as if the path had ended lets the
		// parser recover.
		at := s.loc
		if i < len(s.src) {
			at = i
		}
		t.Kind, t.Pos, t.End, t.At, t.Err = token.PATH_END, token.Pos(i), token.Pos(i), token.Pos(at), TrailingSlash
		return
	}
	// yyless(0) puts the character back and restores the location of the
	// previous lexeme; at the end of the file nothing was matched, so the
	// restored location is the one before the last.
	if i >= len(s.src) {
		s.loc = s.prevLoc
	}
	t.Kind, t.Pos, t.End, t.At, t.Err = token.PATH_END, token.Pos(i), token.Pos(i), token.Pos(s.loc), NoError
}
