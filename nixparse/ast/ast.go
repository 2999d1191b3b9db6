// Package ast declares the syntax tree of Nix expressions.
//
// The tree keeps the surface syntax: parentheses, attribute paths as
// written in bindings, inherit clauses, every piece of a string, legacy
// `let { }`. Nothing is desugared; Nix's rewrites (a - b into __sub a b,
// interpolation into +, a.b = 1; a.c = 2; into one nested set) happen in
// the printer, and in BuildAttrs for the sets and scopes bindings denote.
// Every node knows its byte range in the source (Pos, End); token.File turns
// offsets into lines and columns.
//
// A broken region parses into BadExpr or BadBinding, so a tree always
// exists; other fields may then be nil only where documented.
package ast

import "github.com/secrets-lsp/secrets-lsp/nixparse/token"

// Node is any node of the tree.
type Node interface {
	Pos() token.Pos // first byte of the node
	End() token.Pos // one past its last byte
}

// Expr is an expression.
type Expr interface {
	Node
	exprNode()
}

// AttrName is one element of an attribute path: an *Ident (a plain name or
// the keyword `or`), a *String ("quoted name", maybe interpolated) or an
// *Interp (${expr}).
type AttrName interface {
	Node
	attrNameNode()
}

// StringPart is a piece of a string or path: *Text or *Interp.
type StringPart interface {
	Node
	stringPartNode()
}

// Binding is an element of a binding list: *Attr, *Inherit or *BadBinding.
type Binding interface {
	Node
	bindingNode()
}

// Expressions.
type (
	// BadExpr stands for a region that failed to parse.
	BadExpr struct {
		From, To token.Pos
	}

	// Ident is a variable reference (or, as an AttrName, a plain attribute
	// name).
	Ident struct {
		NamePos token.Pos
		Name    string
	}

	// CurPos is the special identifier __curPos.
	CurPos struct {
		NamePos token.Pos
	}

	// Int is an integer literal. Value is 0 when the literal overflows.
	Int struct {
		ValuePos token.Pos
		Lit      string
		Value    int64
	}

	// Float is a floating-point literal.
	Float struct {
		ValuePos token.Pos
		Lit      string
		Value    float64
	}

	// String is a "double-quoted" or ''indented'' string. Parts holds one
	// *Text per literal token as Nix's lexer splits them, and the
	// interpolations; use Strings (strings.go) for the cooked value of an
	// indented string, whose indentation Nix strips.
	String struct {
		Open     token.Pos // position of `"` or `''`
		Indented bool
		Parts    []StringPart
		Close    token.Pos // position of the closing quote; NoPos if missing
	}

	// Path is a path literal: ./a, /a/b, a/b, ~/a, with interpolated
	// pieces (./a/${x}/b). Parts[0] is a *Text holding the first token as
	// written; later parts are *Text or *Interp.
	Path struct {
		Home  bool // starts with ~/
		Parts []StringPart
	}

	// SearchPath is <nixpkgs/lib>.
	SearchPath struct {
		ValuePos token.Pos
		Lit      string // with the angle brackets
	}

	// URI is an unquoted URL literal such as https://example.org/x.
	URI struct {
		ValuePos token.Pos
		Lit      string
	}

	// Paren is (X).
	Paren struct {
		X      Expr
		Lparen token.Pos
		Rparen token.Pos // NoPos if missing
	}

	// List is [ Elems ].
	List struct {
		Elems  []Expr
		Lbrack token.Pos
		Rbrack token.Pos // NoPos if missing
	}

	// AttrSet is { Bindings } or rec { Bindings }.
	AttrSet struct {
		Rec      token.Pos // position of `rec`, or NoPos
		Lbrace   token.Pos
		Bindings []Binding
		Rbrace   token.Pos // NoPos if missing
	}

	// LegacyLet is `let { Bindings }`, meaning (rec { Bindings }).body.
	LegacyLet struct {
		Let      token.Pos
		Lbrace   token.Pos
		Bindings []Binding
		Rbrace   token.Pos // NoPos if missing
	}

	// Let is `let Bindings in Body`.
	Let struct {
		Bindings []Binding
		Body     Expr
		Let      token.Pos
		In       token.Pos // NoPos if missing
	}

	// With is `with Env; Body`.
	With struct {
		Env  Expr
		Body Expr
		With token.Pos
		Semi token.Pos
	}

	// Assert is `assert Cond; Body`.
	Assert struct {
		Cond   Expr
		Body   Expr
		Assert token.Pos
		Semi   token.Pos
	}

	// If is `if Cond then Then else Else`.
	If struct {
		Cond    Expr
		Then    Expr
		Else    Expr
		If      token.Pos
		ThenPos token.Pos
		ElsePos token.Pos
	}

	// Lambda is a function: `Param: Body`, `{ Formals }: Body`,
	// `{ Formals } @ Param: Body` or `Param @ { Formals }: Body`.
	Lambda struct {
		Param   *Ident   // nil for a bare pattern
		Formals *Formals // nil for `x: body`
		At      token.Pos
		Colon   token.Pos
		Body    Expr
	}

	// Apply is the application Fun Arg. `f a b` is Apply{Apply{f, a}, b};
	// `a or` (Nix's backward-compatible call of a function named or) is
	// Apply{a, Ident{or}}.
	Apply struct {
		Fun Expr
		Arg Expr
	}

	// Select is X.Path or X.Path or Default.
	Select struct {
		X       Expr
		Path    []AttrName
		Default Expr // nil without a default
		Dot     token.Pos
		Or      token.Pos // NoPos without a default
	}

	// HasAttr is X ? Path.
	HasAttr struct {
		X        Expr
		Question token.Pos
		Path     []AttrName
	}

	// Unary is -X (Op == token.MINUS) or !X (Op == token.NOT).
	Unary struct {
		OpPos token.Pos
		Op    token.Kind
		X     Expr
	}

	// Binary is X Op Y for the operators == != < <= > >= && || -> // + - *
	// / ++.
	Binary struct {
		X     Expr
		OpPos token.Pos
		Op    token.Kind
		Y     Expr
	}
)

// Pieces of strings, formals and bindings.
type (
	// Text is one literal token of a string or path. Value is the text
	// with escapes resolved (before any indentation stripping).
	Text struct {
		ValuePos token.Pos
		ValueEnd token.Pos
		Value    string
		// Escape marks an indented-string token that is not plain text:
		// ''$, $, ''', ''\x or a lone '. Nix does not count them as
		// indentation.
		Escape bool
	}

	// Interp is ${X}, in a string, a path or an attribute path.
	Interp struct {
		X      Expr
		Dollar token.Pos
		Rbrace token.Pos // NoPos if missing
	}

	// Formals is the { a, b ? 1, ... } pattern of a function.
	Formals struct {
		List     []*Formal
		Lbrace   token.Pos
		Ellipsis token.Pos // NoPos without `...`
		Rbrace   token.Pos
	}

	// Formal is one named argument, with an optional default.
	Formal struct {
		Name     *Ident
		Default  Expr      // nil without a default
		Question token.Pos // NoPos without a default
	}

	// Attr is `Path = Value;`.
	Attr struct {
		Path   []AttrName
		Value  Expr
		Assign token.Pos
		Semi   token.Pos // NoPos if missing
	}

	// Inherit is `inherit Names;` or `inherit (From) Names;`.
	Inherit struct {
		From    Expr // nil without a source
		Names   []AttrName
		Inherit token.Pos
		Lparen  token.Pos // NoPos without a source
		Rparen  token.Pos
		Semi    token.Pos // NoPos if missing
	}

	// BadBinding stands for a binding that failed to parse.
	BadBinding struct {
		From, To token.Pos
	}

	// Comment is a # line comment or a /* block */ comment.
	Comment struct {
		Slash token.Pos // position of '#' or '/'
		Text  string    // the comment, markers included
	}

	// File is a parsed Nix file: one expression and its comments.
	File struct {
		File     *token.File
		Expr     Expr
		Comments []Comment
	}
)

func (x *BadExpr) Pos() token.Pos    { return x.From }
func (x *Ident) Pos() token.Pos      { return x.NamePos }
func (x *CurPos) Pos() token.Pos     { return x.NamePos }
func (x *Int) Pos() token.Pos        { return x.ValuePos }
func (x *Float) Pos() token.Pos      { return x.ValuePos }
func (x *String) Pos() token.Pos     { return x.Open }
func (x *Path) Pos() token.Pos       { return x.Parts[0].Pos() }
func (x *SearchPath) Pos() token.Pos { return x.ValuePos }
func (x *URI) Pos() token.Pos        { return x.ValuePos }
func (x *Paren) Pos() token.Pos      { return x.Lparen }
func (x *List) Pos() token.Pos       { return x.Lbrack }
func (x *AttrSet) Pos() token.Pos {
	if x.Rec.IsValid() {
		return x.Rec
	}
	return x.Lbrace
}
func (x *LegacyLet) Pos() token.Pos { return x.Let }
func (x *Let) Pos() token.Pos       { return x.Let }
func (x *With) Pos() token.Pos      { return x.With }
func (x *Assert) Pos() token.Pos    { return x.Assert }
func (x *If) Pos() token.Pos        { return x.If }
func (x *Lambda) Pos() token.Pos {
	if x.Param != nil && (x.Formals == nil || x.Param.NamePos < x.Formals.Lbrace) {
		return x.Param.NamePos
	}
	return x.Formals.Lbrace
}
func (x *Apply) Pos() token.Pos      { return x.Fun.Pos() }
func (x *Select) Pos() token.Pos     { return x.X.Pos() }
func (x *HasAttr) Pos() token.Pos    { return x.X.Pos() }
func (x *Unary) Pos() token.Pos      { return x.OpPos }
func (x *Binary) Pos() token.Pos     { return x.X.Pos() }
func (x *Text) Pos() token.Pos       { return x.ValuePos }
func (x *Interp) Pos() token.Pos     { return x.Dollar }
func (x *Formals) Pos() token.Pos    { return x.Lbrace }
func (x *Formal) Pos() token.Pos     { return x.Name.NamePos }
func (x *Attr) Pos() token.Pos       { return x.Path[0].Pos() }
func (x *Inherit) Pos() token.Pos    { return x.Inherit }
func (x *BadBinding) Pos() token.Pos { return x.From }
func (x *Comment) Pos() token.Pos    { return x.Slash }
func (x *File) Pos() token.Pos       { return 0 }

func (x *BadExpr) End() token.Pos    { return x.To }
func (x *Ident) End() token.Pos      { return x.NamePos + token.Pos(len(x.Name)) }
func (x *CurPos) End() token.Pos     { return x.NamePos + token.Pos(len("__curPos")) }
func (x *Int) End() token.Pos        { return x.ValuePos + token.Pos(len(x.Lit)) }
func (x *Float) End() token.Pos      { return x.ValuePos + token.Pos(len(x.Lit)) }
func (x *SearchPath) End() token.Pos { return x.ValuePos + token.Pos(len(x.Lit)) }
func (x *URI) End() token.Pos        { return x.ValuePos + token.Pos(len(x.Lit)) }
func (x *String) End() token.Pos {
	if x.Close.IsValid() {
		if x.Indented {
			return x.Close + 2
		}
		return x.Close + 1
	}
	if n := len(x.Parts); n > 0 {
		return x.Parts[n-1].End()
	}
	if x.Indented {
		return x.Open + 2
	}
	return x.Open + 1
}
func (x *Path) End() token.Pos  { return x.Parts[len(x.Parts)-1].End() }
func (x *Paren) End() token.Pos { return closeEnd(x.Rparen, x.X) }
func (x *List) End() token.Pos {
	if x.Rbrack.IsValid() {
		return x.Rbrack + 1
	}
	if n := len(x.Elems); n > 0 {
		return x.Elems[n-1].End()
	}
	return x.Lbrack + 1
}
func (x *AttrSet) End() token.Pos   { return bindingsEnd(x.Rbrace, x.Lbrace, x.Bindings) }
func (x *LegacyLet) End() token.Pos { return bindingsEnd(x.Rbrace, x.Lbrace, x.Bindings) }
func (x *Let) End() token.Pos       { return x.Body.End() }
func (x *With) End() token.Pos      { return x.Body.End() }
func (x *Assert) End() token.Pos    { return x.Body.End() }
func (x *If) End() token.Pos        { return x.Else.End() }
func (x *Lambda) End() token.Pos    { return x.Body.End() }
func (x *Apply) End() token.Pos     { return x.Arg.End() }
func (x *Select) End() token.Pos {
	if x.Default != nil {
		return x.Default.End()
	}
	if n := len(x.Path); n > 0 {
		return x.Path[n-1].End()
	}
	return x.Dot + 1
}
func (x *HasAttr) End() token.Pos {
	if n := len(x.Path); n > 0 {
		return x.Path[n-1].End()
	}
	return x.Question + 1
}
func (x *Unary) End() token.Pos  { return x.X.End() }
func (x *Binary) End() token.Pos { return x.Y.End() }
func (x *Text) End() token.Pos   { return x.ValueEnd }
func (x *Interp) End() token.Pos { return closeEnd(x.Rbrace, x.X) }
func (x *Formals) End() token.Pos {
	if x.Rbrace.IsValid() {
		return x.Rbrace + 1
	}
	if x.Ellipsis.IsValid() {
		return x.Ellipsis + 3
	}
	if n := len(x.List); n > 0 {
		return x.List[n-1].End()
	}
	return x.Lbrace + 1
}
func (x *Formal) End() token.Pos {
	if x.Default != nil {
		return x.Default.End()
	}
	return x.Name.End()
}
func (x *Attr) End() token.Pos {
	if x.Semi.IsValid() {
		return x.Semi + 1
	}
	return x.Value.End()
}
func (x *Inherit) End() token.Pos {
	switch {
	case x.Semi.IsValid():
		return x.Semi + 1
	case len(x.Names) > 0:
		return x.Names[len(x.Names)-1].End()
	case x.Rparen.IsValid():
		return x.Rparen + 1
	case x.From != nil:
		return x.From.End()
	case x.Lparen.IsValid():
		return x.Lparen + 1
	}
	return x.Inherit + token.Pos(len("inherit"))
}
func (x *BadBinding) End() token.Pos { return x.To }
func (x *Comment) End() token.Pos    { return x.Slash + token.Pos(len(x.Text)) }
func (x *File) End() token.Pos       { return token.Pos(x.File.Size()) }

func closeEnd(close token.Pos, inner Expr) token.Pos {
	if close.IsValid() {
		return close + 1
	}
	return inner.End()
}

func bindingsEnd(rbrace, lbrace token.Pos, bs []Binding) token.Pos {
	if rbrace.IsValid() {
		return rbrace + 1
	}
	if n := len(bs); n > 0 {
		return bs[n-1].End()
	}
	return lbrace + 1
}

func (*BadExpr) exprNode()    {}
func (*Ident) exprNode()      {}
func (*CurPos) exprNode()     {}
func (*Int) exprNode()        {}
func (*Float) exprNode()      {}
func (*String) exprNode()     {}
func (*Path) exprNode()       {}
func (*SearchPath) exprNode() {}
func (*URI) exprNode()        {}
func (*Paren) exprNode()      {}
func (*List) exprNode()       {}
func (*AttrSet) exprNode()    {}
func (*LegacyLet) exprNode()  {}
func (*Let) exprNode()        {}
func (*With) exprNode()       {}
func (*Assert) exprNode()     {}
func (*If) exprNode()         {}
func (*Lambda) exprNode()     {}
func (*Apply) exprNode()      {}
func (*Select) exprNode()     {}
func (*HasAttr) exprNode()    {}
func (*Unary) exprNode()      {}
func (*Binary) exprNode()     {}

func (*Ident) attrNameNode()  {}
func (*String) attrNameNode() {}
func (*Interp) attrNameNode() {}

func (*Text) stringPartNode()   {}
func (*Interp) stringPartNode() {}

func (*Attr) bindingNode()       {}
func (*Inherit) bindingNode()    {}
func (*BadBinding) bindingNode() {}

// Unparen strips any parentheses around x.
func Unparen(x Expr) Expr {
	for {
		p, ok := x.(*Paren)
		if !ok {
			return x
		}
		x = p.X
	}
}
