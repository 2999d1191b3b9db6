package nixparse

import (
	"hash/maphash"
	"math"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/printer"
	"github.com/secrets-lsp/secrets-lsp/nixparse/scanner"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Mode controls optional parser features.
type Mode uint

// ParseComments keeps the comments in File.Comments.
const ParseComments Mode = 1

// maxStack mirrors the 10000-entry stack of Nix's Bison parser: nesting
// that would need more makes Nix fail with "memory exhausted", and bounds
// our recursion.
const maxStack = 9998

// maxSize is the largest source a tree can hold positions for.
const maxSize = math.MaxInt32 - 1

// ParseFile parses one Nix file. It always returns a tree, whatever the
// input; the errors (syntax errors and the checks Nix makes while parsing,
// but not undefined variables: see Resolve) come sorted by position.
func ParseFile(name string, src []byte, mode Mode) (*ast.File, ErrorList) {
	return Parse(token.NewFile(name, src), mode)
}

// Parse is ParseFile for a file already indexed by token.NewFile.
func Parse(file *token.File, mode Mode) (*ast.File, ErrorList) {
	return parse(file, mode, new(nodes), false, 0)
}

// ParseFirst is Parse for a caller that reports the first n errors only: it
// stops once they are known, and returns them, with a nil tree. A quote
// typed in a large file turns the rest of it inside out, and the errors
// there, one every few lines, take as long to find as the whole file to
// parse. When it reads the whole file, it returns Parse's tree and errors.
// The errors it returns are Parse's first n in position and message (not
// in Seq, for the checks made at the end of a construct).
func ParseFirst(file *token.File, mode Mode, n int) (*ast.File, ErrorList) {
	return new(Parser).ParseFirst(file, mode, n)
}

// A Parser parses files one after another and builds each tree in the
// memory of the one before: for programs done with a tree before they parse
// the next file, such as `debug parse`, it saves most of the allocation. A
// tree it returns is valid only until its next ParseFile. The zero value is
// ready to use; a Parser is not safe for concurrent use.
type Parser struct {
	nodes nodes
}

// ParseFile is the package's ParseFile, reusing the memory of p's last tree.
func (p *Parser) ParseFile(name string, src []byte, mode Mode) (*ast.File, ErrorList) {
	return parse(token.NewFile(name, src), mode, &p.nodes, true, 0)
}

// ParseFirst is the package's ParseFirst, reusing the memory of p's last
// tree. A tree it returns (it read the whole file) is the caller's: p
// forgets its memory. Parsing a broken file again and again, as an editor
// does on each keystroke while a string is open, then allocates nothing.
func (p *Parser) ParseFirst(file *token.File, mode Mode, n int) (*ast.File, ErrorList) {
	f, errs := parse(file, mode, &p.nodes, true, n)
	if f != nil {
		p.nodes = nodes{}
		return f, errs
	}
	return nil, errs[:n]
}

// parse parses file into nodes, recycling the chunks of their last tree
// if asked, and stopping once the first stopAfter errors are known (0:
// never); the tree is nil when it stopped.
func parse(file *token.File, mode Mode, nodes *nodes, recycle bool, stopAfter int) (*ast.File, ErrorList) {
	if len(file.Source()) > maxSize {
		// Past this, offsets no longer fit in a token.Pos.
		return &ast.File{File: file, Expr: &ast.BadExpr{From: 0, To: 0}},
			ErrorList{{Pos: file.Position(0), Msg: "file too large to parse (over 2 GiB)"}}
	}
	p := &parser{file: file, src: sourceString(file.Source()), mode: mode, braces: token.NoPos, nodes: nodes, stopAfter: stopAfter}
	defer p.useScratch().release()
	sm := scanner.Mode(0)
	if mode&ParseComments != 0 {
		sm = scanner.ScanComments
	}
	p.sc.Init(p.src, sm)
	nodes.start(&progress{sc: &p.sc, size: len(p.src)}, recycle)
	p.next()
	x := p.parseExpr()
	if p.tok.Kind != token.EOF && !p.exhausted {
		p.syntaxError(token.EOF)
	}
	p.errors.Sort()
	if p.stopped {
		return nil, p.errors
	}
	return &ast.File{File: file, Expr: x, Comments: p.comments}, p.errors
}

// sourceString views the source as a string without copying it: names and
// literals in the tree are substrings of it. token.File's contract (the
// source is never modified) makes that safe.
func sourceString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

type parser struct {
	file *token.File
	src  string
	mode Mode
	sc   scanner.Scanner

	tok       scanner.Token    // the current token
	ahead     [4]scanner.Token // tokens scanned past tok, for peek: a ring
	head      int              // where the ring starts
	nahead    int
	comments  []ast.Comment
	errors    ErrorList
	seq       int
	lastLine  int  // line of the last syntax error, to avoid cascades
	depth     int  // estimated size of Nix's parser stack
	exhausted bool // the stack overflowed, or ParseFirst stopped: parsing stopped
	stopAfter int  // stop once the first stopAfter errors are known (0: never)
	stopped   bool
	// unsure counts the constructs being read whose checks, made at
	// their end, may report at their start what follows breaks: let
	// bindings and function patterns (see firstErrorsKnown).
	unsure int
	// pending are the bindings whose values are being read, outermost
	// first, when ParseFirst may stop.
	pending []pendingBinding
	// merges is where the tokens from the first place ParseFirst could
	// stop on bind a name to a set literal (see firstErrorsKnown); it is
	// scanned once, and nil until then.
	merges  []token.Pos
	scanned bool
	braces  token.Pos // the token after a `{ }` that may be a pattern
	binds   *bindScratch
	*nodes
}

// scan reads the next non-comment token from the scanner into t.
func (p *parser) scan(t *scanner.Token) {
	for {
		p.sc.Scan(t)
		if t.Kind != token.COMMENT {
			return
		}
		p.comments = append(p.comments, ast.Comment{Slash: t.Pos, Text: p.src[t.Pos:t.End]})
	}
}

// next advances to the next token, reporting a lexical error it carries:
// that is when Nix's lexer, asked for this token, throws.
func (p *parser) next() {
	if p.exhausted {
		return
	}
	if p.nahead > 0 {
		p.tok = p.ahead[p.head]
		p.head = (p.head + 1) % len(p.ahead)
		p.nahead--
	} else {
		p.scan(&p.tok)
	}
	if p.tok.Err != scanner.NoError {
		p.error(p.tok.At, p.tok.Err.Message(p.src[p.tok.Pos:p.tok.End]))
		p.lastLine = p.errors[len(p.errors)-1].Pos.Line
	}
}

// peek returns the kind of the k-th token after the current one (k >= 1,
// k <= 3).
func (p *parser) peek(k int) token.Kind {
	for p.nahead < k {
		p.scan(&p.ahead[(p.head+p.nahead)%len(p.ahead)])
		p.nahead++
	}
	return p.ahead[(p.head+k-1)%len(p.ahead)].Kind
}

func (p *parser) error(pos token.Pos, msg string) {
	p.seq++
	p.errors = append(p.errors, &Error{Pos: p.file.Position(pos), Msg: msg, Seq: p.seq})
}

// syntaxError reports the current token as unexpected, in Bison's words.
// Only the first error of a line is kept: the others are usually echoes.
func (p *parser) syntaxError(expecting ...token.Kind) {
	if p.exhausted {
		return // Nix stopped there; so do the errors
	}
	pos := p.file.Position(p.tok.At)
	if len(p.errors) > 0 && pos.Line == p.lastLine {
		return
	}
	p.lastLine = pos.Line
	if p.tok.Pos == p.braces {
		expecting = []token.Kind{token.COLON, token.AT}
	}
	var b strings.Builder
	b.WriteString("syntax error, unexpected ")
	b.WriteString(p.tok.Kind.String())
	for i, k := range expecting {
		if i == 0 {
			b.WriteString(", expecting ")
		} else {
			b.WriteString(" or ")
		}
		b.WriteString(k.String())
	}
	p.error(p.tok.At, b.String())
}

// expect consumes a token of kind k, or reports it missing.
func (p *parser) expect(k token.Kind, expecting ...token.Kind) token.Pos {
	if p.tok.Kind == k {
		pos := p.tok.Pos
		p.next()
		return pos
	}
	if len(expecting) == 0 {
		expecting = []token.Kind{k}
	}
	p.syntaxError(expecting...)
	return token.NoPos
}

// enter accounts for n more symbols on Nix's parser stack before a nested
// construct. When Nix would run out, it reports the error and stops the
// parse: from then on the current token is EOF, so every caller unwinds.
func (p *parser) enter(n int) {
	p.depth += n
	if p.depth < maxStack || p.exhausted {
		return
	}
	p.error(p.tok.At, "memory exhausted")
	p.halt()
}

// halt ends the parse at the current token: from then on it is EOF, so
// every caller unwinds, and no syntax error is reported.
func (p *parser) halt() {
	p.exhausted = true
	p.tok = scanner.Token{Kind: token.EOF, Pos: token.Pos(len(p.src)), End: token.Pos(len(p.src)), At: p.tok.At}
}

// stopIfErrorsKnown stops the parse, between two bindings or two list
// elements, when the first errors asked for are known; it reports
// whether it did. A broken string in a list has one element after
// another until an error, and a binding list closes only when a '}' is
// met: both see the errors come.
func (p *parser) stopIfErrorsKnown() bool {
	if !p.firstErrorsKnown() {
		return false
	}
	p.stopped = true
	p.halt()
	return true
}

// firstErrorsKnown reports, between two bindings or list elements,
// whether the first stopAfter errors of the whole parse are known: that
// many lie before the current token, and the errors the rest of the input
// may yet cause lie at or after it. Syntax errors do; the checks a construct makes at its
// end may not. Unwinding, each set still open checks its bindings read so
// far, the unfinished one too, and reports the same repeated names before
// the token as the whole parse would, unless a later binding merges a set
// literal into a set defined already (Nix reports the repeated names at
// the earlier one): none may follow (merges), and no unfinished binding
// may repeat a name. A let's bindings and a function's pattern report
// at their start: none may be open.
func (p *parser) firstErrorsKnown() bool {
	if p.stopAfter == 0 || p.unsure > 0 || len(p.errors) < p.stopAfter ||
		p.scanned && len(p.merges) > 0 && p.merges[len(p.merges)-1] >= p.tok.Pos || p.pendingMayMerge() {
		return false
	}
	n := 0
	for _, e := range p.errors {
		if token.Pos(e.Pos.Offset) < p.tok.Pos {
			n++
		}
	}
	if n < p.stopAfter {
		return false
	}
	if !p.scanned {
		p.scanned = true
		p.merges = p.setBindings()
	}
	return len(p.merges) == 0 || p.merges[len(p.merges)-1] < p.tok.Pos
}

// setBindings returns where the tokens from the current one on bind a
// name to what may be a set literal: '=' then '{', "rec" or '('. A copy
// of the scanner reads them: the parse goes on.
func (p *parser) setBindings() []token.Pos {
	sc := p.sc.Clone()
	var out []token.Pos
	prev := p.tok
	var t scanner.Token
	for i := 0; prev.Kind != token.EOF; i++ {
		switch {
		case i < p.nahead:
			t = p.ahead[(p.head+i)%len(p.ahead)]
		default:
			sc.Scan(&t)
			if t.Kind == token.COMMENT {
				continue
			}
		}
		if prev.Kind == token.ASSIGN && (t.Kind == token.LBRACE || t.Kind == token.REC || t.Kind == token.LPAREN) {
			out = append(out, prev.Pos)
		}
		prev = t
	}
	return out
}

// pendingBinding is a binding whose value is being read: the first name
// of its path and the names its list defined before it, names[lo:hi].
type pendingBinding struct {
	first  ast.AttrName
	lo, hi int
	// merging: the list merges already (bindCheck.attrs); known and
	// mayMerge: mayMerge was found.
	merging, known, mayMerge bool
}

// pendingMayMerge reports whether a binding being read may be merged,
// once added to its list, with a definition there: its first name is
// defined already, or not known before evaluation. It is found once per
// binding, when asked: a list may have thousands of names.
func (p *parser) pendingMayMerge() bool {
	for i := range p.pending {
		b := &p.pending[i]
		if !b.known {
			name, static := ast.StaticName(b.first)
			b.known, b.mayMerge = true, b.merging || !static || slices.Contains(p.binds.names[b.lo:b.hi], name)
		}
		if b.mayMerge {
			return true
		}
	}
	return false
}

func (p *parser) leave(n int) { p.depth -= n }

func (p *parser) bad(from, to token.Pos) *ast.BadExpr { return &ast.BadExpr{From: from, To: to} }

// expr parses a nested expr with n more symbols on Nix's stack.
func (p *parser) expr(n int) ast.Expr {
	p.enter(n)
	x := p.parseExpr()
	p.leave(n)
	return x
}

// selectExpr parses a nested expr_select with n more symbols on Nix's stack.
func (p *parser) selectExpr(n int) ast.Expr {
	p.enter(n)
	x := p.parseSelect()
	p.leave(n)
	return x
}

// opExpr parses a nested expr_op with n more symbols on Nix's stack.
func (p *parser) opExpr(n, minPrec int) ast.Expr {
	p.enter(n)
	x := p.parseOp(minPrec)
	p.leave(n)
	return x
}

// ---------------------------------------------------------------------------
// Expressions, following the nonterminals of Nix's grammar.

// parseExpr parses expr (expr_function): lambdas, assert, with, let, if and
// operators.
func (p *parser) parseExpr() ast.Expr {
	switch p.tok.Kind {
	case token.ID:
		switch p.peek(1) {
		case token.COLON:
			return p.parseSimpleLambda()
		case token.AT:
			return p.parseFormalsLambda()
		}
	case token.LBRACE:
		if p.isFormals() {
			return p.parseFormalsLambda()
		}
		if p.peek(1) == token.RBRACE {
			// `{ }` stays a pattern too for Nix's GLR parser until the next
			// token; if that one fails both readings, Nix reports the
			// pattern's expectations.
			p.braces = p.ahead[(p.head+1)%len(p.ahead)].Pos
		}
	case token.ASSERT:
		return p.parseAssert()
	case token.WITH:
		return p.parseWith()
	case token.LET:
		if p.peek(1) != token.LBRACE {
			return p.parseLet()
		}
	case token.IF:
		return p.parseIf()
	}
	return p.parseOp(0)
}

// isFormals decides, at '{', between a function's pattern and an attribute
// set, looking at most three tokens ahead as Nix's GLR parser does.
func (p *parser) isFormals() bool {
	switch p.peek(1) {
	case token.RBRACE:
		k := p.peek(2)
		return k == token.COLON || k == token.AT
	case token.ELLIPSIS:
		return true
	case token.ID:
		k := p.peek(2)
		return k == token.COMMA || k == token.QUESTION || k == token.RBRACE
	}
	return false
}

func (p *parser) ident() *ast.Ident { return p.newIdent(p.tok.Pos, p.src[p.tok.Pos:p.tok.End]) }

func (p *parser) newIdent(pos token.Pos, name string) *ast.Ident {
	id := p.idents.new()
	*id = ast.Ident{NamePos: pos, Name: name}
	return id
}

func (p *parser) newText(pos, end token.Pos, value string) *ast.Text {
	t := p.texts.new()
	*t = ast.Text{ValuePos: pos, ValueEnd: end, Value: value}
	return t
}

func (p *parser) parseSimpleLambda() ast.Expr {
	param := p.ident()
	p.next()
	colon := p.tok.Pos
	p.next()
	body := p.expr(2)
	lam := p.lambdas.new()
	*lam = ast.Lambda{Param: param, At: token.NoPos, Colon: colon, Body: body}
	return lam
}

// parseFormalsLambda parses { formals } [@ ID] : body and ID @ { formals } : body.
func (p *parser) parseFormalsLambda() ast.Expr {
	lam := p.lambdas.new()
	*lam = ast.Lambda{At: token.NoPos, Colon: token.NoPos}
	stack := 4
	p.unsure++
	if p.tok.Kind == token.ID {
		lam.Param = p.ident()
		p.next()
		lam.At = p.tok.Pos
		p.next()
		if p.tok.Kind != token.LBRACE {
			p.syntaxError(token.LBRACE) // the lambda keeps its argument only
		} else {
			lam.Formals = p.parseFormals()
		}
		lam.Colon = p.expect(token.COLON)
		stack = 6
	} else {
		lam.Formals = p.parseFormals()
		if p.tok.Kind == token.AT {
			lam.At = p.tok.Pos
			p.next()
			if p.tok.Kind == token.ID {
				lam.Param = p.ident()
				p.next()
			} else {
				p.syntaxError(token.ID)
			}
			lam.Colon = p.expect(token.COLON)
			stack = 6
		} else {
			lam.Colon = p.expect(token.COLON, token.COLON, token.AT)
		}
	}
	p.unsure--
	lam.Body = p.expr(stack)
	if lam.Formals != nil {
		p.checkFormals(lam)
	}
	return lam
}

func (p *parser) parseFormals() *ast.Formals {
	f := p.formals.new()
	*f = ast.Formals{Lbrace: p.tok.Pos, Ellipsis: token.NoPos, Rbrace: token.NoPos}
	p.formalLists.begin()
	p.next()
loop:
	for {
		switch p.tok.Kind {
		case token.RBRACE:
			f.Rbrace = p.tok.Pos
			p.next()
			break loop
		case token.ELLIPSIS:
			f.Ellipsis = p.tok.Pos
			p.next()
			f.Rbrace = p.expect(token.RBRACE)
			break loop
		case token.ID:
			fm := p.formal.new()
			*fm = ast.Formal{Name: p.ident(), Question: token.NoPos}
			p.next()
			if p.tok.Kind == token.QUESTION {
				fm.Question = p.tok.Pos
				p.next()
				fm.Default = p.expr(3 + 2*len(p.formalLists.items()))
			}
			p.formalLists.push(fm)
			switch p.tok.Kind {
			case token.COMMA:
				p.next()
				continue
			case token.RBRACE:
				continue
			}
			// Nix's default reductions leave only '}' to expect, after a
			// formal as after a comma.
			p.syntaxError(token.RBRACE)
			break loop
		default:
			if len(p.formalLists.items()) > 0 {
				p.syntaxError(token.RBRACE)
			} else {
				p.syntaxError()
			}
			break loop
		}
	}
	f.List = p.formalLists.done()
	return f
}

// checkFormals makes Nix's check for duplicate arguments, which it does
// when the whole function has been parsed.
func (p *parser) checkFormals(lam *ast.Lambda) {
	// Nix sorts the arguments by (name, position), names in symbol-table
	// order, and reports the first duplicate in that order, at its second
	// occurrence.
	list := lam.Formals.List
	var dups []*ast.Ident
	for i, a := range list {
		for _, b := range list[:i] {
			if a.Name.Name == b.Name.Name {
				dups = append(dups, a.Name)
				break
			}
		}
	}
	if len(dups) > 0 {
		dup := dups[0]
		var order *symbolOrder
		for _, d := range dups[1:] {
			if d.Name == dup.Name {
				continue
			}
			if order == nil {
				order = newSymbolOrder(p.file.Source())
			}
			if order.rank(d.Name) < order.rank(dup.Name) {
				dup = d
			}
		}
		p.error(dup.NamePos, "duplicate formal function argument '"+printer.ShowID(dup.Name)+"'")
		return
	}
	if lam.Param != nil {
		for _, a := range list {
			if a.Name.Name == lam.Param.Name {
				p.error(lam.Pos(), "duplicate formal function argument '"+printer.ShowID(a.Name.Name)+"'")
				return
			}
		}
	}
}

func (p *parser) parseAssert() ast.Expr {
	x := &ast.Assert{Assert: p.tok.Pos}
	p.next()
	x.Cond = p.expr(1)
	x.Semi = p.expect(token.SEMI)
	x.Body = p.expr(3)
	return x
}

func (p *parser) parseWith() ast.Expr {
	x := p.withs.new()
	*x = ast.With{With: p.tok.Pos}
	p.next()
	x.Env = p.expr(1)
	x.Semi = p.expect(token.SEMI)
	x.Body = p.expr(3)
	return x
}

func (p *parser) parseLet() ast.Expr {
	x := p.lets.new()
	*x = ast.Let{Let: p.tok.Pos, In: token.NoPos}
	p.next()
	p.unsure++
	x.Bindings = p.parseBindings(token.IN)
	p.unsure--
	if p.tok.Kind == token.IN {
		x.In = p.tok.Pos
		p.next()
	} else {
		p.syntaxError()
	}
	x.Body = p.expr(3)
	for _, b := range x.Bindings {
		if a, ok := b.(*ast.Attr); ok && len(a.Path) > 0 {
			if _, static := ast.StaticName(a.Path[0]); !static {
				p.error(x.Let, "dynamic attributes not allowed in let")
				break
			}
		}
	}
	return x
}

func (p *parser) parseIf() ast.Expr {
	x := p.ifs.new()
	*x = ast.If{If: p.tok.Pos}
	p.next()
	x.Cond = p.expr(1)
	x.ThenPos = p.expect(token.THEN)
	x.Then = p.expr(3)
	x.ElsePos = p.expect(token.ELSE)
	x.Else = p.expr(5)
	return x
}

// Operator precedence, from Nix's %left/%right/%nonassoc declarations:
// higher binds tighter.
const (
	precImpl = 1 + iota
	precOr
	precAnd
	precEq
	precCmp
	precUpdate
	precNot
	precAdd
	precMul
	precConcat
	precHasAttr
	precNegate
)

// binaryPrec returns the precedence of a binary operator and whether it
// associates to the right; 0 for other tokens.
func binaryPrec(k token.Kind) (prec int, right bool) {
	switch k {
	case token.IMPL:
		return precImpl, true
	case token.OR:
		return precOr, false
	case token.AND:
		return precAnd, false
	case token.EQ, token.NEQ:
		return precEq, false
	case token.LT, token.GT, token.LEQ, token.GEQ:
		return precCmp, false
	case token.UPDATE:
		return precUpdate, true
	case token.PLUS, token.MINUS:
		return precAdd, false
	case token.MUL, token.DIV:
		return precMul, false
	case token.CONCAT:
		return precConcat, true
	case token.QUESTION:
		return precHasAttr, false
	}
	return 0, false
}

// nonAssoc reports the %nonassoc levels that matter: `a == b == c` and
// `a < b < c` are errors. '?' is declared %nonassoc too, but no parser state
// lets that bite, so `a ? b ? c` is ((a ? b) ? c).
func nonAssoc(prec int) bool { return prec == precEq || prec == precCmp }

// parseOp parses expr_op with operators binding at least as tight as
// minPrec, by precedence climbing.
func (p *parser) parseOp(minPrec int) ast.Expr {
	var x ast.Expr
	switch p.tok.Kind {
	case token.NOT:
		pos := p.tok.Pos
		p.next()
		u := p.unaries.new()
		*u = ast.Unary{OpPos: pos, Op: token.NOT, X: p.opExpr(1, precNot+1)}
		x = u
	case token.MINUS:
		pos := p.tok.Pos
		p.next()
		u := p.unaries.new()
		*u = ast.Unary{OpPos: pos, Op: token.MINUS, X: p.opExpr(1, precNegate+1)}
		x = u
	default:
		x = p.parseApp()
	}
	lastPrec := 0
	for {
		op := p.tok.Kind
		prec, right := binaryPrec(op)
		if prec == 0 || prec < minPrec {
			return x
		}
		if prec == lastPrec && nonAssoc(prec) {
			p.syntaxError()
		}
		opPos := p.tok.Pos
		p.next()
		if op == token.QUESTION {
			x = &ast.HasAttr{X: x, Question: opPos, Path: p.parseAttrPath(2)}
		} else {
			next := prec + 1
			if right {
				next = prec
			}
			b := p.binaries.new()
			*b = ast.Binary{X: x, OpPos: opPos, Op: op}
			b.Y = p.opExpr(2, next)
			x = b
		}
		lastPrec = prec
	}
}

// startsSelect reports whether k can begin expr_select (an argument or a
// list element).
func startsSelect(k token.Kind) bool {
	switch k {
	case token.ID, token.INT, token.FLOAT, token.QUOTE, token.IND_STRING_OPEN,
		token.PATH, token.HPATH, token.SPATH, token.URI, token.LPAREN,
		token.LET, token.REC, token.LBRACE, token.LBRACK:
		return true
	}
	return false
}

// parseApp parses expr_app: a function applied to arguments.
func (p *parser) parseApp() ast.Expr {
	x := p.parseSelect()
	for startsSelect(p.tok.Kind) && !p.exhausted {
		arg := p.selectExpr(1)
		a := p.applies.new()
		*a = ast.Apply{Fun: x, Arg: arg}
		x = a
	}
	return x
}

// parseSelect parses expr_select: e.path, e.path or default, and `e or`.
func (p *parser) parseSelect() ast.Expr {
	x := p.parseSimple()
	switch p.tok.Kind {
	case token.DOT:
		sel := p.selects.new()
		*sel = ast.Select{X: x, Dot: p.tok.Pos, Or: token.NoPos}
		p.next()
		sel.Path = p.parseAttrPath(2)
		if p.tok.Kind == token.OR_KW && len(sel.Path) > 0 {
			sel.Or = p.tok.Pos
			p.next()
			sel.Default = p.selectExpr(4)
		}
		return sel
	case token.OR_KW:
		// Backward compatibility: `map or [ ]` calls map with a variable
		// named or.
		or := p.newIdent(p.tok.Pos, "or")
		p.next()
		a := p.applies.new()
		*a = ast.Apply{Fun: x, Arg: or}
		return a
	}
	return x
}

// parseAttrPath parses attrpath; stack is the number of symbols before it.
func (p *parser) parseAttrPath(stack int) []ast.AttrName {
	p.names.begin()
	for {
		n := p.parseAttrName(stack + 2*len(p.names.items()))
		if n == nil {
			break
		}
		p.names.push(n)
		if p.tok.Kind != token.DOT {
			break
		}
		p.next()
	}
	return p.names.done()
}

// parseAttrName parses attr or string_attr, or reports a syntax error and
// returns nil.
func (p *parser) parseAttrName(stack int) ast.AttrName {
	switch p.tok.Kind {
	case token.ID:
		id := p.ident()
		p.next()
		return id
	case token.OR_KW:
		id := p.newIdent(p.tok.Pos, "or")
		p.next()
		return id
	case token.QUOTE:
		return p.parseString(stack, false)
	case token.DOLLAR_CURLY:
		return p.parseInterp(stack)
	}
	p.syntaxError(token.ID, token.OR_KW, token.DOLLAR_CURLY, token.QUOTE)
	return nil
}

// parseInterp parses ${ expr }.
func (p *parser) parseInterp(stack int) *ast.Interp {
	in := p.interps.new()
	*in = ast.Interp{Dollar: p.tok.Pos, Rbrace: token.NoPos}
	p.next()
	in.X = p.expr(stack + 1)
	if p.tok.Kind == token.RBRACE {
		in.Rbrace = p.tok.Pos
		p.next()
		return in
	}
	p.syntaxError(token.RBRACE)
	p.skipToClosingBrace()
	return in
}

// skipToClosingBrace skips to just after the '}' matching an open '{' or
// '${', keeping the lexer's state stack in step.
func (p *parser) skipToClosingBrace() {
	depth := 0
	for p.tok.Kind != token.EOF {
		switch p.tok.Kind {
		case token.LBRACE, token.DOLLAR_CURLY:
			depth++
		case token.RBRACE:
			if depth == 0 {
				p.next()
				return
			}
			depth--
		}
		p.next()
	}
}

// skipTo skips a broken region up to a closing token of kind k that
// balances it, leaving it current; it stops early at a token that ends an
// enclosing construct (';', '}', ']', IN).
func (p *parser) skipTo(k token.Kind) {
	depth := 0
	for !p.exhausted {
		switch t := p.tok.Kind; {
		case t == token.EOF:
			return
		case t == k && depth == 0:
			return
		case depth == 0 && (t == token.SEMI || t == token.RBRACE || t == token.RBRACK || t == token.IN || t == token.RPAREN):
			return
		case t == token.LPAREN || t == token.LBRACE || t == token.LBRACK || t == token.DOLLAR_CURLY:
			depth++
		case t == token.RPAREN || t == token.RBRACE || t == token.RBRACK:
			depth--
		}
		p.next()
	}
}

// parseSimple parses expr_simple.
func (p *parser) parseSimple() ast.Expr {
	p.enter(1)
	p.leave(1)
	t := p.tok
	switch t.Kind {
	case token.ID:
		if p.src[t.Pos:t.End] == "__curPos" {
			p.next()
			return &ast.CurPos{NamePos: t.Pos}
		}
		id := p.ident()
		p.next()
		return id
	case token.INT:
		lit := p.src[t.Pos:t.End]
		v, _ := strconv.ParseInt(lit, 10, 64)
		p.next()
		x := p.ints.new()
		*x = ast.Int{ValuePos: t.Pos, Lit: lit, Value: v}
		return x
	case token.FLOAT:
		lit := p.src[t.Pos:t.End]
		v, _ := strconv.ParseFloat(lit, 64)
		p.next()
		return &ast.Float{ValuePos: t.Pos, Lit: lit, Value: v}
	case token.QUOTE:
		return p.parseString(1, false)
	case token.IND_STRING_OPEN:
		return p.parseString(1, true)
	case token.PATH, token.HPATH:
		return p.parsePath()
	case token.SPATH:
		p.next()
		return &ast.SearchPath{ValuePos: t.Pos, Lit: p.src[t.Pos:t.End]}
	case token.URI:
		p.next()
		return &ast.URI{ValuePos: t.Pos, Lit: p.src[t.Pos:t.End]}
	case token.LPAREN:
		p.next()
		x := p.parens.new()
		*x = ast.Paren{Lparen: t.Pos, Rparen: token.NoPos}
		x.X = p.expr(1)
		if p.tok.Kind != token.RPAREN {
			p.syntaxError(token.RPAREN)
			p.skipTo(token.RPAREN)
		}
		if p.tok.Kind == token.RPAREN {
			x.Rparen = p.tok.Pos
			p.next()
		}
		return x
	case token.LET:
		if p.peek(1) != token.LBRACE {
			// `1 + let …` is an error in Nix; read the let anyway.
			p.next()
			p.syntaxError(token.LBRACE)
			x := &ast.Let{Let: t.Pos, In: token.NoPos}
			x.Bindings = p.parseBindings(token.IN)
			if p.tok.Kind == token.IN {
				x.In = p.tok.Pos
				p.next()
			}
			x.Body = p.expr(3)
			return x
		}
		p.next()
		x := &ast.LegacyLet{Let: t.Pos, Lbrace: p.tok.Pos}
		p.next()
		x.Bindings, x.Rbrace = p.parseBraceBindings(3)
		return x
	case token.REC:
		p.next()
		if p.tok.Kind != token.LBRACE {
			p.syntaxError(token.LBRACE)
			return p.bad(t.Pos, t.End)
		}
		x := p.sets.new()
		*x = ast.AttrSet{Rec: t.Pos, Lbrace: p.tok.Pos}
		p.next()
		x.Bindings, x.Rbrace = p.parseBraceBindings(3)
		return x
	case token.LBRACE:
		p.next()
		x := p.sets.new()
		*x = ast.AttrSet{Rec: token.NoPos, Lbrace: t.Pos}
		x.Bindings, x.Rbrace = p.parseBraceBindings(2)
		return x
	case token.LBRACK:
		return p.parseList()
	case token.IF, token.ASSERT, token.WITH:
		// Not allowed as an operand or argument; read it anyway.
		p.syntaxError()
		return p.parseExpr()
	case token.ILLEGAL:
		p.syntaxError()
		p.next()
		return p.bad(t.Pos, t.End)
	}
	p.syntaxError()
	return p.bad(t.Pos, t.Pos)
}

// parseBraceBindings parses the bindings of { … } up to and including '}'.
func (p *parser) parseBraceBindings(stack int) ([]ast.Binding, token.Pos) {
	bs := p.parseBindings(token.RBRACE)
	if p.tok.Kind == token.RBRACE {
		pos := p.tok.Pos
		p.next()
		return bs, pos
	}
	p.syntaxError()
	return bs, token.NoPos
}

// closes reports whether k ends the construct around a list or a binding
// list, so that a missing ']' or ';' can be assumed before it.
func closes(k token.Kind) bool {
	switch k {
	case token.EOF, token.RPAREN, token.RBRACE, token.RBRACK, token.SEMI,
		token.IN, token.THEN, token.ELSE:
		return true
	}
	return false
}

func (p *parser) parseList() ast.Expr {
	x := p.lists.new()
	*x = ast.List{Lbrack: p.tok.Pos, Rbrack: token.NoPos}
	p.next()
	p.exprs.begin()
	defer func() { x.Elems = p.exprs.done() }()
	for !p.exhausted && !p.stopIfErrorsKnown() {
		switch k := p.tok.Kind; {
		case k == token.RBRACK:
			x.Rbrack = p.tok.Pos
			p.next()
			return x
		case startsSelect(k):
			p.exprs.push(p.selectExpr(2))
			continue
		case closes(k):
			p.syntaxError()
			return x
		}
		// Not an element: read keywords' expressions whole (`[ if … ]`),
		// skip anything else (`[ -1 ]`).
		p.syntaxError()
		switch p.tok.Kind {
		case token.IF, token.ASSERT, token.WITH:
			p.exprs.push(p.expr(2))
		default:
			p.next()
		}
	}
	return x
}

// ---------------------------------------------------------------------------
// Strings and paths.

// parseString parses "…", or ”…” when indented; stack is the number
// of symbols before it.
func (p *parser) parseString(stack int, indented bool) *ast.String {
	open := p.tok.Pos
	if start := p.sc.Offset(); !indented && p.nahead == 0 {
		if end, ok := p.sc.SkipPlainString(); ok {
			p.next()
			if end == start {
				s := p.strs.new()
				*s = ast.String{Open: open, Close: token.Pos(end)}
				return s
			}
			return p.plainString(open, start, end)
		}
	}
	s := p.strs.new()
	*s = ast.String{Open: open, Indented: indented, Close: token.NoPos}
	text, closer := token.STR, token.QUOTE
	if indented {
		text, closer = token.IND_STR, token.IND_STRING_CLOSE
	}
	p.parts.begin()
	p.next()
	for !p.exhausted {
		switch p.tok.Kind {
		case text:
			if indented {
				p.parts.push(p.indText())
			} else {
				raw := p.src[p.tok.Pos:p.tok.End]
				if p.tok.Escapes {
					raw = p.cooked.unescape(raw)
				}
				p.parts.push(p.newText(p.tok.Pos, p.tok.End, raw))
			}
			p.next()
			continue
		case token.DOLLAR_CURLY:
			p.parts.push(p.parseInterp(stack + 2))
			continue
		case closer:
			s.Close = p.tok.Pos
			p.next()
		default:
			if indented {
				p.syntaxError(token.IND_STR, token.DOLLAR_CURLY, token.IND_STRING_CLOSE)
			} else {
				p.syntaxError(token.QUOTE)
			}
		}
		break
	}
	s.Parts = p.parts.done()
	return s
}

// plainString makes the node of a "string" of one plain text, src[start:end],
// and the text, and its list of parts, in one place (see plainString in
// alloc.go).
func (p *parser) plainString(open token.Pos, start, end int) *ast.String {
	// Field by field: copying a whole struct into the heap while the
	// collector marks goes through a bulk write barrier.
	ps := p.plainStrs.new()
	ps.text.ValuePos, ps.text.ValueEnd, ps.text.Value, ps.text.Escape = token.Pos(start), token.Pos(end), p.src[start:end], false
	ps.part[0] = &ps.text
	ps.str.Open, ps.str.Indented, ps.str.Parts, ps.str.Close = open, false, ps.part[:], token.Pos(end)
	return &ps.str
}

// indText cooks an IND_STR token, whose value depends on which lexer rule
// produced it.
func (p *parser) indText() *ast.Text {
	raw := p.src[p.tok.Pos:p.tok.End]
	t := p.newText(p.tok.Pos, p.tok.End, raw)
	t.Escape = true
	switch {
	case raw == "''$" || raw == "$":
		t.Value = "$"
	case raw == "'''":
		t.Value = "''"
	case strings.HasPrefix(raw, "''\\"):
		t.Value = p.cooked.unescape(raw[2:])
	case raw == "'":
	default:
		t.Escape = false
	}
	return t
}

// unescaped marks the bytes that make unescape change a text.
var unescaped = [256]bool{'\\': true, '\r': true, 0: true}

// unescape resolves the escapes of a string token, into t, as Nix's unescapeStr
// does: \n \r \t, any other escaped character stands for itself, a CR or
// CR LF becomes LF, and the text ends at a NUL byte.
func (t *textArena) unescape(raw string) string {
	start := 0
	for start < len(raw) && !unescaped[raw[start]] {
		start++
	}
	if start == len(raw) {
		return raw
	}
	b := append(t.room(len(raw)), raw[:start]...) // cooking never lengthens

	for i := start; i < len(raw); i++ {
		c := raw[i]
		switch c {
		case 0:
			return t.string(b)
		case '\\':
			if i+1 >= len(raw) {
				return t.string(b)
			}
			i++
			switch c = raw[i]; c {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			}
		case '\r':
			c = '\n'
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
		}
		b = append(b, c)
	}
	return t.string(b)
}

// bytesString views b, which its caller never uses again, as a string.
func bytesString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

func (p *parser) parsePath() ast.Expr {
	x := p.paths.new()
	*x = ast.Path{Home: p.tok.Kind == token.HPATH}
	p.parts.begin()
	p.parts.push(p.newText(p.tok.Pos, p.tok.End, p.src[p.tok.Pos:p.tok.End]))
	p.next()
	interpolated := false
	for !p.exhausted {
		switch p.tok.Kind {
		case token.STR:
			if len(p.parts.items()) > 1 && !interpolated {
				// The grammar wants an interpolation after the first
				// piece that follows the path's first segment.
				p.syntaxError(token.DOLLAR_CURLY)
			}
			p.parts.push(p.newText(p.tok.Pos, p.tok.End, p.src[p.tok.Pos:p.tok.End]))
			p.next()
			continue
		case token.DOLLAR_CURLY:
			interpolated = true
			p.parts.push(p.parseInterp(3))
			continue
		case token.PATH_END:
			if len(p.parts.items()) == 2 && !interpolated {
				p.syntaxError(token.DOLLAR_CURLY)
			}
			p.next()
		default:
			p.syntaxError()
		}
		break
	}
	x.Parts = p.parts.done()
	return x
}

// ---------------------------------------------------------------------------
// Bindings.

// parseBindings parses binds up to closer ('}' or IN), not consuming it.
func (p *parser) parseBindings(closer token.Kind) []ast.Binding {
	p.bindings.begin()
	chk := p.binds.open()
	done := func() []ast.Binding {
		p.closeBindings(&chk, p.bindings.items())
		return p.bindings.done()
	}
	for !p.exhausted && !p.stopIfErrorsKnown() {
		switch p.tok.Kind {
		case closer, token.EOF:
			return done()
		case token.IN, token.RBRACE:
			// A set left open inside a let, or a let broken by a '}':
			// leave it to the enclosing construct.
			p.syntaxError()
			return done()
		case token.INHERIT:
			p.bindings.push(p.parseInherit())
			p.checkBinding(&chk, p.bindings.items())
		case token.ID, token.OR_KW, token.QUOTE, token.DOLLAR_CURLY:
			path := p.parseAttrPath(3)
			if len(path) > 0 && p.tok.Kind == token.ASSIGN {
				p.parseAttrs(path, closer, &chk)
				continue
			}
			if len(path) > 0 {
				p.syntaxError(token.DOT, token.ASSIGN)
			}
			p.bindings.push(p.skipBinding(path, closer))
		default:
			p.syntaxError()
			p.bindings.push(p.skipBinding(nil, closer))
		}
	}
	return done()
}

// startsBinding reports whether k can begin a binding.
func startsBinding(k token.Kind) bool {
	switch k {
	case token.ID, token.OR_KW, token.QUOTE, token.DOLLAR_CURLY, token.INHERIT:
		return true
	}
	return false
}

// parseAttrs parses `= value;` after path, and the bindings that a missing
// ';' glued to it.
func (p *parser) parseAttrs(path []ast.AttrName, closer token.Kind, chk *bindCheck) {
	for path != nil {
		a := p.attrs.new()
		a.Path, a.Value, a.Assign, a.Semi = path, nil, p.tok.Pos, token.NoPos // see plainString
		p.next()
		if p.stopAfter > 0 {
			p.pending = append(p.pending, pendingBinding{first: path[0], lo: chk.start, hi: len(p.binds.names), merging: chk.attrs != nil})
		}
		a.Value = p.expr(4)
		if p.stopAfter > 0 {
			p.pending = p.pending[:len(p.pending)-1]
		}
		path = nil
		skip := false
		switch k := p.tok.Kind; {
		case k == token.SEMI:
			a.Semi = p.tok.Pos
			p.next()
		case k == token.ASSIGN:
			// `a = 1 <newline> b = 2;`: the value swallowed the next
			// binding's name as an argument; give it back.
			p.syntaxError(token.SEMI)
			a.Value, path = splitTrailingName(a.Value)
			skip = path == nil
		case k == closer || k == token.EOF || k == token.RBRACE || startsBinding(k):
			p.syntaxError(token.SEMI)
		default:
			p.syntaxError(token.SEMI)
			skip = true
		}
		p.bindings.push(a)
		p.checkBinding(chk, p.bindings.items())
		if skip {
			p.bindings.push(p.skipBinding(nil, closer))
		}
	}
}

// skipBinding skips a broken binding up to and including its ';', or up to
// the closer of the binding list.
func (p *parser) skipBinding(path []ast.AttrName, closer token.Kind) ast.Binding {
	from := p.tok.Pos
	if len(path) > 0 {
		from = path[0].Pos()
	}
	to := from
	depth := 0
	for p.tok.Kind != token.EOF && !p.exhausted {
		k := p.tok.Kind
		if depth == 0 && (k == closer || k == token.RBRACE || k == token.IN) {
			break
		}
		switch k {
		case token.LBRACE, token.DOLLAR_CURLY, token.LPAREN, token.LBRACK:
			depth++
		case token.RBRACE, token.RPAREN, token.RBRACK:
			depth--
		}
		to = p.tok.End
		p.next()
		if depth <= 0 && k == token.SEMI {
			break
		}
		if depth < 0 {
			break
		}
	}
	return &ast.BadBinding{From: from, To: to}
}

// splitTrailingName finds the application at the right end of x and, if its
// last argument reads as an attribute path (b, b.c, "b"), removes it and
// returns it.
func splitTrailingName(x ast.Expr) (ast.Expr, []ast.AttrName) {
	slot := &x
	for {
		switch n := (*slot).(type) {
		case *ast.Binary:
			slot = &n.Y
		case *ast.Unary:
			slot = &n.X
		case *ast.Lambda:
			slot = &n.Body
		case *ast.If:
			slot = &n.Else
		case *ast.Let:
			slot = &n.Body
		case *ast.With:
			slot = &n.Body
		case *ast.Assert:
			slot = &n.Body
		case *ast.Apply:
			path := asAttrPath(n.Arg)
			if path != nil {
				*slot = n.Fun
			}
			return x, path
		default:
			return x, nil
		}
	}
}

func asAttrPath(x ast.Expr) []ast.AttrName {
	switch x := x.(type) {
	case *ast.Ident:
		return []ast.AttrName{x}
	case *ast.String:
		if !x.Indented {
			return []ast.AttrName{x}
		}
	case *ast.Select:
		if x.Default == nil {
			if head := asAttrPath(x.X); len(head) == 1 {
				return append(head, x.Path...)
			}
		}
	}
	return nil
}

func (p *parser) parseInherit() ast.Binding {
	b := p.inherits.new()
	*b = ast.Inherit{Inherit: p.tok.Pos, Lparen: token.NoPos, Rparen: token.NoPos, Semi: token.NoPos}
	p.next()
	if p.tok.Kind == token.LPAREN {
		b.Lparen = p.tok.Pos
		p.next()
		b.From = p.expr(3)
		b.Rparen = p.expect(token.RPAREN)
	}
	p.names.begin()
loop:
	for !p.exhausted {
		switch p.tok.Kind {
		case token.ID, token.OR_KW, token.QUOTE, token.DOLLAR_CURLY:
			n := p.parseAttrName(4)
			if _, ok := ast.StaticName(n); !ok {
				p.error(n.Pos(), "dynamic attributes not allowed in inherit")
			}
			p.names.push(n)
		case token.SEMI:
			b.Semi = p.tok.Pos
			p.next()
			break loop
		default:
			p.syntaxError()
			break loop
		}
	}
	b.Names = p.names.done()
	return b
}

// ---------------------------------------------------------------------------
// Duplicate attributes.

// bindScratch holds the names of the binding lists being parsed (they
// nest), so that the common case — no name defined twice — costs no
// allocation.
type bindScratch struct {
	names []string
	table []int32  // repeats' open-addressing set of indexes into names, 0 = empty
	paths []uint64 // disjoint's open-addressing set of path hashes, 0 = empty
	seed  maphash.Seed
	ready bool // seed is made
}

// bindCheck tracks the duplicate check of one binding list. Short lists
// are checked binding by binding, in Nix's order; long ones once complete,
// by sorting their names, and only replayed binding by binding if a name
// repeats.
type bindCheck struct {
	start    int        // its names begin at bindScratch.names[start]
	deferred bool       // long list: checked when complete
	attrs    *ast.Attrs // once a name repeats: Nix's full merge
	// paths: the first paths bindings are paths of static names (see
	// disjoint). Until a repeated name needs merging, bindings that all
	// are such paths are disjoint, and each new one is checked alone.
	paths int
}

// checkNow is the list length up to which names are checked as they come.
const checkNow = 16

func (s *bindScratch) open() bindCheck { return bindCheck{start: len(s.names)} }

// checkBinding checks the last binding of bs against the others, as Nix
// does when it reduces each binding.
func (p *parser) checkBinding(c *bindCheck, bs []ast.Binding) {
	b := bs[len(bs)-1]
	if c.attrs != nil {
		p.addBinding(c.attrs, b)
		return
	}
	var first []ast.AttrName
	switch b := b.(type) {
	case *ast.Attr:
		first = b.Path[:1]
	case *ast.Inherit:
		first = b.Names
	}
	names := &p.binds.names
	for i, n := range first {
		var name string
		if id, ok := n.(*ast.Ident); ok { // most names: no call
			name = id.Name
		} else if name, ok = ast.StaticName(n); !ok {
			continue
		}
		if !c.deferred && slices.Contains((*names)[c.start:], name) && !c.disjointLast(bs) {
			// A repeated name that may fail: merge as Nix does, from now on.
			c.attrs = ast.BuildAttrs(false, bs[:len(bs)-1], nil)
			if inh, ok := b.(*ast.Inherit); ok && i > 0 {
				c.attrs.Add(&ast.Inherit{Inherit: inh.Inherit, From: inh.From, Rparen: inh.Rparen, Names: inh.Names[:i]}, nil)
				c.attrs.Add(&ast.Inherit{Inherit: inh.Inherit, From: inh.From, Rparen: inh.Rparen, Names: inh.Names[i:]}, p.reportAttr)
				return
			}
			p.addBinding(c.attrs, b)
			return
		}
		*names = append(*names, name)
		c.deferred = c.deferred || len(*names)-c.start > checkNow
	}
}

// closeBindings finishes the check of a complete list.
func (p *parser) closeBindings(c *bindCheck, bs []ast.Binding) {
	s := p.binds
	if c.deferred && c.attrs == nil && s.repeats(s.names[c.start:]) && !s.disjoint(bs) {
		ast.BuildAttrs(false, bs, p.reportAttr)
	}
	clear(s.names[c.start:])
	s.names = s.names[:c.start]
}

// disjoint reports whether the bindings are attribute paths of static
// names (inherited names count as paths of one), none equal to or the
// start of another: a.b = 1; a.c.d = 2; inherit e;. Nix merges such a list
// without error, so a repeated first name needs no merging to check it.
//
// Each path, and each start of it, is hashed name by name into a set, its
// kind (whole path or start) in the low bit: a path is related to an
// earlier one when its hash is there, of either kind, or the hash of one
// of its starts is there as a whole path. Equal paths hash alike; a
// collision can only make disjoint answer false, which costs a merge
// that finds nothing. Hashing beat sorting encoded paths, which this
// check did before.
func (s *bindScratch) disjoint(bs []ast.Binding) bool {
	n := 0
	for _, b := range bs {
		switch b := b.(type) {
		case *ast.Attr:
			if b.Value == nil || len(b.Path) == 0 {
				return false
			}
			n += len(b.Path)
		case *ast.Inherit:
			n += len(b.Names)
		default:
			return false
		}
	}
	size := 1
	for size < 2*n {
		size *= 2
	}
	if cap(s.paths) < size {
		s.paths = make([]uint64, size)
	}
	set := pathSet{s.paths[:size]}
	clear(set.slots)
	seed := s.hashSeed()
	for _, b := range bs {
		ps := pathsOf(b)
		for i := range ps.len() {
			path := ps.at(i)
			h := uint64(0)
			for k, n := range path {
				var name string
				if id, ok := n.(*ast.Ident); ok { // most names: no call
					name = id.Name
				} else if name, ok = ast.StaticName(n); !ok {
					return false
				}
				h = (h ^ maphash.String(seed, name)) * 0x9e3779b97f4a7c15
				start := h&^3 | 2 // bit 1 keeps slots nonzero
				if k < len(path)-1 {
					if set.has(start | 1) {
						return false
					}
					set.add(start)
				} else {
					if set.has(start|1) || set.has(start) {
						return false
					}
					set.add(start | 1)
				}
			}
		}
	}
	return true
}

// pathSet is disjoint's set of hashes, with linear probing.
type pathSet struct{ slots []uint64 }

// slot returns where h is, or the empty slot where it would go.
func (t pathSet) slot(h uint64) int {
	mask := len(t.slots) - 1
	i := int(h>>32) & mask
	for t.slots[i] != 0 && t.slots[i] != h {
		i = (i + 1) & mask
	}
	return i
}

func (t pathSet) has(h uint64) bool { return t.slots[t.slot(h)] == h }
func (t pathSet) add(h uint64)      { t.slots[t.slot(h)] = h }

// hashSeed returns the seed of the scratch's hash tables, made on first use.
func (s *bindScratch) hashSeed() maphash.Seed {
	if !s.ready {
		s.seed, s.ready = maphash.MakeSeed(), true
	}
	return s.seed
}

// disjointLast is disjoint(bs) for a list checked binding by binding, so
// far without merging: once all are paths of static names, it compares
// the last one's paths with the others and among themselves.
func (c *bindCheck) disjointLast(bs []ast.Binding) bool {
	for ; c.paths < len(bs); c.paths++ {
		if !staticPaths(bs[c.paths]) {
			return false
		}
	}
	last := pathsOf(bs[len(bs)-1])
	for i := range last.len() {
		p := last.at(i)
		for _, b := range bs[:len(bs)-1] {
			other := pathsOf(b)
			for j := range other.len() {
				if related(p, other.at(j)) {
					return false
				}
			}
		}
		for j := range i {
			if related(p, last.at(j)) {
				return false
			}
		}
	}
	return true
}

// related reports whether one of two paths of static names equals or
// starts the other.
func related(x, y []ast.AttrName) bool {
	for i := range min(len(x), len(y)) {
		a, aok := x[i].(*ast.Ident)
		b, bok := y[i].(*ast.Ident)
		if aok && bok { // most names: no call
			if a.Name != b.Name {
				return false
			}
			continue
		}
		an, _ := ast.StaticName(x[i])
		bn, _ := ast.StaticName(y[i])
		if an != bn {
			return false
		}
	}
	return true
}

// bindingPaths are the attribute paths a binding defines, as disjoint
// sees them: an attribute's path, or each inherited name as a path of one.
type bindingPaths struct {
	names []ast.AttrName
	whole bool // names is one path, an attribute's
}

func pathsOf(b ast.Binding) bindingPaths {
	switch b := b.(type) {
	case *ast.Attr:
		return bindingPaths{b.Path, true}
	case *ast.Inherit:
		return bindingPaths{b.Names, false}
	}
	return bindingPaths{}
}

// staticPaths reports whether b is an attribute or an inherit whose paths
// are all of static names.
func staticPaths(b ast.Binding) bool {
	switch b := b.(type) {
	case *ast.Attr:
		return b.Value != nil && len(b.Path) > 0 && allStatic(b.Path)
	case *ast.Inherit:
		return allStatic(b.Names)
	}
	return false
}

func (ps bindingPaths) len() int {
	if ps.whole {
		return 1
	}
	return len(ps.names)
}

func (ps bindingPaths) at(i int) []ast.AttrName {
	if ps.whole {
		return ps.names
	}
	return ps.names[i : i+1]
}

func allStatic(path []ast.AttrName) bool {
	for _, n := range path {
		if _, ok := n.(*ast.Ident); ok { // most names: no call
			continue
		}
		if _, ok := ast.StaticName(n); !ok {
			return false
		}
	}
	return true
}

// repeats reports whether a name occurs twice in names.
func (s *bindScratch) repeats(names []string) bool {
	size := 1
	for size < 2*len(names) {
		size *= 2
	}
	if cap(s.table) < size {
		s.table = make([]int32, size)
	}
	t := s.table[:size]
	clear(t)
	seed := s.hashSeed()
	for i, n := range names {
		h := int(maphash.String(seed, n)) & (size - 1)
		for t[h] != 0 {
			if names[t[h]-1] == n {
				return true
			}
			h = (h + 1) & (size - 1)
		}
		t[h] = int32(i + 1)
	}
	return false
}

// addBinding adds b to a, reporting what repeats. A set value merged into
// a set already defined repeats its names in the order Nix 2.8 keeps them,
// that of its symbol table, not the alphabet's: Nix stops at the first.
func (p *parser) addBinding(a *ast.Attrs, b ast.Binding) {
	if _, ok := b.(*ast.Attr); !ok {
		a.Add(b, p.reportAttr)
		return
	}
	var errs []ast.AttrError
	a.Add(b, func(e ast.AttrError) { errs = append(errs, e) })
	if len(errs) > 1 && !slices.ContainsFunc(errs, func(e ast.AttrError) bool { return e.Path != nil }) {
		order := newSymbolOrder(p.file.Source())
		slices.SortStableFunc(errs, func(x, y ast.AttrError) int { return order.rank(x.Name) - order.rank(y.Name) })
	}
	for _, e := range errs {
		p.reportAttr(e)
	}
}

func (p *parser) reportAttr(e ast.AttrError) {
	name := printer.ShowID(e.Name)
	if e.Path != nil {
		name = printer.ShowAttrPath(e.Path)
	}
	p.error(e.Pos, "attribute '"+name+"' already defined at "+p.file.Position(e.Prev).String())
}
