// Package printer prints Nix syntax trees desugared, in the one-line form
// of `nix-instantiate --parse` (Nix 2.8): operators become calls of
// builtins (a - b is (__sub a b)), interpolation becomes +, attribute paths
// are merged into nested sets printed sorted by name, paths are made
// absolute, floats keep six significant digits.
//
// Two things Nix 2.8 prints in an order no other program can reproduce —
// the bindings of a let and the arguments of a function pattern, ordered by
// the addresses of interned strings — are printed sorted by name and in
// source order.
package printer

import (
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// Config says how to print paths.
type Config struct {
	// BaseDir is the absolute directory that relative paths are resolved
	// against: the directory of the file, as Nix does.
	BaseDir string
	// Home replaces ~ in ~/paths.
	Home string
}

// Print returns the desugared form of x.
func (c Config) Print(x ast.Expr) string {
	b := c.Append(make([]byte, 0, 2*int(x.End()-x.Pos())+64), x)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// Append appends the desugared form of x to dst: a program printing many
// trees can reuse one buffer.
func (c Config) Append(dst []byte, x ast.Expr) []byte {
	p := printer{cfg: c, b: dst}
	if s, ok := scratchPool.Get().(*scratch); ok {
		p.args, p.keys, p.paths = s.args, s.keys, s.paths
		defer func() {
			// The stacks were cleared as they were popped (pop): they keep
			// no tree alive.
			*s = scratch{p.args[:0], p.keys[:0], p.paths[:0]}
			scratchPool.Put(s)
		}()
	}
	p.expr(x)
	return p.b
}

// scratch holds the stacks of a printer, recycled between prints.
type scratch struct {
	args  []ast.Expr
	keys  []attrKey
	paths []*ast.Attr
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

type printer struct {
	cfg   Config
	b     []byte
	args  []ast.Expr  // arguments of the calls being printed, innermost last
	keys  []attrKey   // names of the sets being printed, innermost last
	paths []*ast.Attr // bindings of the sets of paths being printed (pathSet)
}

func (p *printer) str(s string) { p.b = append(p.b, s...) }

// ShowID formats an attribute or variable name as Nix does: bare when it
// looks like an identifier (except `if`), quoted otherwise.
func ShowID(s string) string {
	if s == "" || s == "if" {
		return `"` + s + `"`
	}
	if !identLike(s) {
		return ShowString(s)
	}
	return s
}

// id appends ShowID(s).
func (p *printer) id(s string) {
	switch {
	case s == "" || s == "if":
		p.b = append(append(append(p.b, '"'), s...), '"')
	case identLike(s):
		p.b = append(p.b, s...)
	default:
		p.b = appendString(p.b, s)
	}
}

func identLike(s string) bool {
	if !idHead[s[0]] {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !idChar[s[i]] {
			return false
		}
	}
	return true
}

// idHead and idChar mark the bytes that may start and continue a name
// printed bare: [a-zA-Z_] and [a-zA-Z0-9_'-].
var idHead, idChar = func() (head, rest [256]bool) {
	for c := range 256 {
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
		head[c] = letter
		rest[c] = letter || '0' <= c && c <= '9' || c == '\'' || c == '-'
	}
	return head, rest
}()

// ShowString quotes s as Nix does: " \ $ and the control characters \n \r
// \t are escaped, every other byte is written as is.
func ShowString(s string) string { return string(appendString(nil, s)) }

// escaped marks the bytes appendString escapes.
var escaped = [256]bool{'"': true, '\\': true, '$': true, '\n': true, '\r': true, '\t': true}

func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		if !escaped[s[i]] {
			continue
		}
		var esc string
		switch s[i] {
		case '"':
			esc = `\"`
		case '\\':
			esc = `\\`
		case '$':
			esc = `\$`
		case '\n':
			esc = `\n`
		case '\r':
			esc = `\r`
		case '\t':
			esc = `\t`
		default:
			continue
		}
		b = append(append(b, s[start:i]...), esc...)
		start = i + 1
	}
	return append(append(b, s[start:]...), '"')
}

// ShowAttrPath formats an attribute path as Nix's messages do:
// a."b c".${"${x}"}.
func ShowAttrPath(path []ast.AttrName) string {
	p := printer{}
	p.attrPath(path)
	return string(p.b)
}

func (p *printer) attrPath(path []ast.AttrName) {
	for i, n := range path {
		if i > 0 {
			p.str(".")
		}
		p.attrName(n)
	}
}

func (p *printer) attrName(n ast.AttrName) {
	if name, ok := ast.StaticName(n); ok {
		p.id(name)
		return
	}
	p.dynamicAttr(n)
}

// dynamicAttr prints a dynamic attribute's name as "${…}".
func (p *printer) dynamicAttr(n ast.AttrName) {
	p.str(`"${`)
	switch n := n.(type) {
	case *ast.Interp:
		p.expr(n.X)
	case *ast.String:
		p.expr(n)
	}
	p.str(`}"`)
}

// FormatFloat formats f as C++'s default ostream output does (%g, six
// significant digits).
func FormatFloat(f float64) string { return strconv.FormatFloat(f, 'g', 6, 64) }

func (p *printer) expr(x ast.Expr) {
	switch x := x.(type) {
	case *ast.Paren:
		p.expr(x.X)
	case *ast.Ident:
		p.id(x.Name)
	case *ast.CurPos:
		p.str("__curPos")
	case *ast.Int:
		p.str(strconv.FormatInt(x.Value, 10))
	case *ast.Float:
		p.str(FormatFloat(x.Value))
	case *ast.String:
		p.string(x)
	case *ast.Path:
		p.path(x)
	case *ast.URI:
		p.b = appendString(p.b, x.Lit)
	case *ast.List:
		p.str("[ ")
		for _, e := range x.Elems {
			p.str("(")
			p.expr(e)
			p.str(") ")
		}
		p.str("]")
	case *ast.AttrSet:
		p.attrSet(x.Rec.IsValid(), x.Bindings)
	case *ast.LegacyLet:
		p.str("(")
		p.attrSet(true, x.Bindings)
		p.str(").body")
	case *ast.Let:
		p.let(x)
	case *ast.With:
		p.str("(with ")
		p.expr(x.Env)
		p.str("; ")
		p.expr(x.Body)
		p.str(")")
	case *ast.Assert:
		p.str("assert ")
		p.expr(x.Cond)
		p.str("; ")
		p.expr(x.Body)
	case *ast.If:
		p.str("(if ")
		p.expr(x.Cond)
		p.str(" then ")
		p.expr(x.Then)
		p.str(" else ")
		p.expr(x.Else)
		p.str(")")
	case *ast.Lambda:
		p.lambda(x)
	case *ast.Select:
		p.str("(")
		p.expr(x.X)
		p.str(").")
		p.attrPath(x.Path)
		if x.Default != nil {
			p.str(" or (")
			p.expr(x.Default)
			p.str(")")
		}
	case *ast.HasAttr:
		p.str("((")
		p.expr(x.X)
		p.str(") ? ")
		p.attrPath(x.Path)
		p.str(")")
	case *ast.Unary:
		if x.Op == token.NOT {
			p.str("(! ")
			p.expr(x.X)
			p.str(")")
		} else {
			p.call(x)
		}
	case *ast.Binary:
		p.binary(x)
	case *ast.Apply, *ast.SearchPath:
		p.call(x)
	default: // *ast.BadExpr
		p.str("<error>")
	}
}

// builtinCall returns the builtin that Nix's parser calls for x — <path>,
// -a, a - b, a * b, a / b, a < b, a > b — or "".
func builtinCall(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.SearchPath:
		return "__findFile"
	case *ast.Unary:
		if x.Op == token.MINUS {
			return "__sub"
		}
	case *ast.Binary:
		switch x.Op {
		case token.MINUS:
			return "__sub"
		case token.MUL:
			return "__mul"
		case token.DIV:
			return "__div"
		case token.LT, token.GT:
			return "__lessThan"
		}
	}
	return ""
}

// builtinArgs prints the arguments of the builtin call x stands for.
func (p *printer) builtinArgs(x ast.Expr) {
	switch x := x.(type) {
	case *ast.SearchPath:
		p.str(" __nixPath ")
		p.b = appendString(p.b, x.Lit[1:len(x.Lit)-1])
	case *ast.Unary:
		p.str(" 0 ")
		p.expr(x.X)
	case *ast.Binary:
		a, b := x.X, x.Y
		if x.Op == token.GT {
			a, b = b, a
		}
		p.str(" ")
		p.expr(a)
		p.str(" ")
		p.expr(b)
	}
}

// call prints the call Nix's parser makes for x. Nix folds `(f a) b` into
// one call of f with two arguments, whatever made the first call: an
// application, an operator written as a call, or <path>.
func (p *printer) call(x ast.Expr) {
	mark := len(p.args)
	for {
		a, ok := x.(*ast.Apply)
		if !ok {
			break
		}
		p.args = append(p.args, a.Arg)
		x = ast.Unparen(a.Fun)
	}
	n := len(p.args) - mark
	p.str("(")
	if fun := builtinCall(x); fun != "" {
		p.str(fun)
		p.builtinArgs(x)
	} else {
		p.expr(x)
	}
	for i := n - 1; i >= 0; i-- {
		p.str(" ")
		p.expr(p.args[mark+i])
	}
	p.args = pop(p.args, mark)
	p.str(")")
}

var infix = map[token.Kind]string{
	token.EQ: " == ", token.NEQ: " != ", token.AND: " && ", token.OR: " || ",
	token.IMPL: " -> ", token.UPDATE: " // ", token.CONCAT: " ++ ", token.PLUS: " + ",
}

// binary prints an operator. Left-nested chains (a + b + c + …) are walked
// iteratively: generated files can make them very long.
func (p *printer) binary(x *ast.Binary) {
	switch x.Op {
	case token.LEQ, token.GEQ:
		a, b := x.Y, x.X
		if x.Op == token.GEQ {
			a, b = x.X, x.Y
		}
		p.str("(! (__lessThan ")
		p.expr(a)
		p.str(" ")
		p.expr(b)
		p.str("))")
		return
	case token.GT:
		p.call(x)
		return
	}
	var spine []*ast.Binary
	var e ast.Expr = x
	for {
		b, ok := e.(*ast.Binary)
		if !ok || b.Op == token.LEQ || b.Op == token.GEQ || b.Op == token.GT {
			break
		}
		spine = append(spine, b)
		e = ast.Unparen(b.X)
	}
	for _, b := range spine {
		if _, ok := infix[b.Op]; ok {
			p.str("(")
		} else {
			p.str("(")
			p.str(builtinCall(b))
			p.str(" ")
		}
	}
	p.expr(e)
	for i := len(spine) - 1; i >= 0; i-- {
		b := spine[i]
		if op, ok := infix[b.Op]; ok {
			p.str(op)
		} else {
			p.str(" ")
		}
		p.expr(b.Y)
		p.str(")")
	}
}

func (p *printer) string(x *ast.String) {
	if s, ok := x.Static(); ok {
		p.b = appendString(p.b, s)
		return
	}
	p.str("(")
	if !x.Indented {
		// Its pieces are its parts: no need to build them.
		for i, part := range x.Parts {
			if i > 0 {
				p.str(" + ")
			}
			p.stringPart(part)
		}
		p.str(")")
		return
	}
	for i, pc := range x.Pieces() {
		if i > 0 {
			p.str(" + ")
		}
		if pc.Expr != nil {
			p.expr(pc.Expr)
		} else {
			p.b = appendString(p.b, pc.Text)
		}
	}
	p.str(")")
}

// stringPart prints a part of a string or path as it is: a quoted text or
// the interpolated expression.
func (p *printer) stringPart(part ast.StringPart) {
	switch part := part.(type) {
	case *ast.Text:
		p.b = appendString(p.b, part.Value)
	case *ast.Interp:
		p.expr(part.X)
	}
}

// AbsPath makes a path literal absolute as Nix 2.8's parser does: relative
// to base, normalised (no ., .. or repeated slashes), keeping a trailing
// slash of a first segment (./a/${x}); ~ is replaced by home unnormalised.
func AbsPath(lit, base, home string) string {
	if strings.HasPrefix(lit, "~") {
		return home + lit[1:]
	}
	abs := lit
	if !strings.HasPrefix(lit, "/") {
		if rest, ok := strings.CutPrefix(lit, "./"); ok && isClean(rest) {
			return base + "/" + rest // the common ./a/b.nix needs no cleaning
		}
		abs = base + "/" + lit
	}
	abs = path.Clean(abs)
	if strings.HasSuffix(lit, "/") && len(lit) > 1 {
		abs += "/"
	}
	return abs
}

// isClean reports whether a relative path has no ., .. or empty element
// and no trailing slash.
func isClean(rel string) bool {
	if rel == "" || rel == "." || rel == ".." || strings.HasSuffix(rel, "/") ||
		strings.HasPrefix(rel, "./") || strings.HasPrefix(rel, "../") {
		return false
	}
	return !strings.Contains(rel, "//") && !strings.Contains(rel, "/./") && !strings.Contains(rel, "/../") &&
		!strings.HasSuffix(rel, "/.") && !strings.HasSuffix(rel, "/..")
}

// absPath appends AbsPath(lit, …), cleaning the path where it is
// appended.
func (p *printer) absPath(lit string) {
	if rest, ok := strings.CutPrefix(lit, "./"); ok && isClean(rest) {
		p.str(p.cfg.BaseDir)
		p.str("/")
		p.str(rest)
		return
	}
	if strings.HasPrefix(lit, "~") {
		p.str(p.cfg.Home)
		p.str(lit[1:])
		return
	}
	start := len(p.b)
	if !strings.HasPrefix(lit, "/") {
		p.str(p.cfg.BaseDir)
		p.str("/")
	}
	p.str(lit)
	if p.b[start] != '/' { // a relative BaseDir: leave it to path.Clean
		p.b = append(p.b[:start], AbsPath(lit, p.cfg.BaseDir, p.cfg.Home)...)
		return
	}
	p.b = p.b[:start+len(cleanRooted(p.b[start:]))]
	if strings.HasSuffix(lit, "/") && len(lit) > 1 {
		p.str("/")
	}
}

// cleanRooted cleans an absolute path in place, as path.Clean does, and
// returns it (a prefix of b). In place is safe: each byte is written at
// or before where it is read.
func cleanRooted(b []byte) []byte {
	w, r := 1, 1 // b[:w] is the result so far; b[0] is the root
	for r < len(b) {
		switch {
		case b[r] == '/':
			r++
		case b[r] == '.' && (r+1 == len(b) || b[r+1] == '/'):
			r++
		case b[r] == '.' && b[r+1] == '.' && (r+2 == len(b) || b[r+2] == '/'):
			r += 2
			// Back to the last slash; at the root, .. stays there.
			for w > 1 {
				w--
				if b[w] == '/' {
					break
				}
			}
		default:
			if w > 1 {
				b[w] = '/'
				w++
			}
			for ; r < len(b) && b[r] != '/'; r++ {
				b[w] = b[r]
				w++
			}
		}
	}
	return b[:w]
}

func (p *printer) path(x *ast.Path) {
	first := x.Parts[0].(*ast.Text).Value
	if len(x.Parts) == 1 {
		p.absPath(first)
		return
	}
	p.str("(")
	p.absPath(first)
	for _, part := range x.Parts[1:] {
		p.str(" + ")
		p.stringPart(part)
	}
	p.str(")")
}

// attrSet prints the set a binding list denotes. The common set — one
// name per binding, none repeated — prints straight from the bindings;
// the others are merged first.
func (p *printer) attrSet(rec bool, bindings []ast.Binding) {
	mark := len(p.keys)
	defer func() { p.keys = pop(p.keys, mark) }()
	keys, dynamic, ok := p.sortedKeys(bindings)
	if !ok {
		if !p.pathSet(rec, bindings) {
			p.attrs(ast.BuildAttrs(rec, bindings, nil))
		}
		return
	}
	if rec {
		p.str("rec ")
	}
	p.str("{ ")
	for _, k := range keys {
		switch b := bindings[k.binding].(type) {
		case *ast.Attr:
			p.id(k.name)
			p.str(" = ")
			p.expr(b.Value)
			p.str("; ")
		case *ast.Inherit:
			p.inherited(k.name, b)
		}
	}
	if dynamic {
		for _, b := range bindings {
			if a, ok := b.(*ast.Attr); ok {
				if _, static := ast.StaticName(a.Path[0]); !static {
					p.dynamicName(a.Path[0])
					p.expr(a.Value)
					p.str("; ")
				}
			}
		}
	}
	p.str("}")
}

// sortedKeys pushes the static names of bindings onto p.keys, sorted, and
// returns them, when no binding has an attribute path and no name repeats:
// then the bindings need no merging. It says whether some names are
// dynamic.
func (p *printer) sortedKeys(bindings []ast.Binding) (keys []attrKey, dynamic, ok bool) {
	mark := len(p.keys)
	for i, b := range bindings {
		switch b := b.(type) {
		case *ast.Attr:
			if len(b.Path) != 1 {
				return nil, false, false
			}
			if name, ok := ast.StaticName(b.Path[0]); ok {
				p.keys = append(p.keys, newAttrKey(name, i))
			} else {
				dynamic = true
			}
		case *ast.Inherit:
			for _, k := range b.Names {
				if name, ok := ast.StaticName(k); ok {
					p.keys = append(p.keys, newAttrKey(name, i))
				}
			}
		}
	}
	keys = p.keys[mark:]
	slices.SortFunc(keys, compareAttrKeys)
	for i := 1; i < len(keys); i++ {
		if keys[i].prefix == keys[i-1].prefix && keys[i].name == keys[i-1].name {
			return nil, false, false
		}
	}
	return keys, dynamic, true
}

// pathSet prints the set of bindings that are all attribute paths of
// static names, none the start of another (a.b = 1; a.c.d = 2;): Nix's
// nested sets, printed from the paths sorted, without merging. It reports
// false, printing nothing, for any other list.
func (p *printer) pathSet(rec bool, bindings []ast.Binding) bool {
	mark := len(p.paths)
	defer func() { p.paths = pop(p.paths, mark) }()
	for _, b := range bindings {
		a, ok := b.(*ast.Attr)
		if !ok {
			return false
		}
		for _, n := range a.Path {
			if _, ok := ast.StaticName(n); !ok {
				return false
			}
		}
		p.paths = append(p.paths, a)
	}
	list := p.paths[mark:]
	if !ast.DisjointPaths(list, func(a *ast.Attr) []ast.AttrName { return a.Path }) {
		return false
	}
	if rec {
		p.str("rec ")
	}
	p.printPaths(list, 0) // nested sets push their paths after list
	return true
}

// printPaths prints the set that the paths of list, sorted, define below
// their first depth names.
func (p *printer) printPaths(list []*ast.Attr, depth int) {
	p.str("{ ")
	for i := 0; i < len(list); {
		name := staticName(list[i].Path[depth])
		j := i + 1
		for j < len(list) && staticName(list[j].Path[depth]) == name {
			j++
		}
		p.id(name)
		p.str(" = ")
		if j == i+1 && len(list[i].Path) == depth+1 {
			p.expr(list[i].Value)
		} else {
			p.printPaths(list[i:j], depth+1)
		}
		p.str("; ")
		i = j
	}
	p.str("}")
}

func staticName(n ast.AttrName) string {
	name, _ := ast.StaticName(n)
	return name
}

// pop truncates a stack to n, clearing what it drops.
func pop[T any](stack []T, n int) []T {
	clear(stack[n:])
	return stack[:n]
}

// attrKey is a static name of a binding list, for sorting.
type attrKey struct {
	name string
	// prefix holds the first 8 bytes of name, big-endian, zero-padded:
	// unequal prefixes order the names, sparing most string comparisons.
	prefix  uint64
	binding int32 // index in the list
}

func newAttrKey(name string, binding int) attrKey {
	var prefix uint64
	if len(name) >= 8 {
		prefix = uint64(name[0])<<56 | uint64(name[1])<<48 | uint64(name[2])<<40 | uint64(name[3])<<32 |
			uint64(name[4])<<24 | uint64(name[5])<<16 | uint64(name[6])<<8 | uint64(name[7])
	} else {
		for i := range 8 {
			prefix <<= 8
			if i < len(name) {
				prefix |= uint64(name[i])
			}
		}
	}
	return attrKey{name, prefix, int32(binding)}
}

// compareAttrKeys orders keys by name.
func compareAttrKeys(a, b attrKey) int {
	switch {
	case a.prefix < b.prefix:
		return -1
	case a.prefix > b.prefix:
		return 1
	}
	return strings.Compare(a.name, b.name)
}

// inherited prints an inherited attribute.
func (p *printer) inherited(name string, b *ast.Inherit) {
	if b.From == nil {
		p.str("inherit ")
		p.id(name)
		p.str(" ; ")
		return
	}
	p.id(name)
	p.str(" = (")
	p.expr(b.From)
	p.str(").")
	p.id(name)
	p.str("; ")
}

// dynamicName prints a dynamic attribute's name and " = ".
func (p *printer) dynamicName(n ast.AttrName) {
	p.dynamicAttr(n)
	p.str(" = ")
}

func (p *printer) attrs(a *ast.Attrs) {
	if a.Rec {
		p.str("rec ")
	}
	p.str("{ ")
	for _, d := range a.Defs {
		if d.Inherit != nil {
			p.inherited(d.Name, d.Inherit)
			continue
		}
		p.id(d.Name)
		p.str(" = ")
		p.defValue(d)
		p.str("; ")
	}
	for _, d := range a.Dynamic {
		p.dynamicName(d.Name)
		if d.Nested != nil {
			p.attrs(d.Nested)
		} else {
			p.expr(d.Value)
		}
		p.str("; ")
	}
	p.str("}")
}

// defValue prints the value of a static attribute.
func (p *printer) defValue(d *ast.AttrDef) {
	switch {
	case d.Nested != nil:
		p.attrs(d.Nested)
	case d.Inherit != nil:
		p.str("(")
		p.expr(d.Inherit.From)
		p.str(").")
		p.id(d.Name)
	default:
		p.expr(d.Value)
	}
}

func (p *printer) let(x *ast.Let) {
	p.str("(let ")
	mark := len(p.keys)
	if keys, dynamic, ok := p.sortedKeys(x.Bindings); ok && !dynamic {
		for _, k := range keys {
			switch b := x.Bindings[k.binding].(type) {
			case *ast.Attr:
				p.letBinding(k.name, nil, b.Value)
			case *ast.Inherit:
				p.letBinding(k.name, b, nil)
			}
		}
	} else {
		for _, d := range ast.BuildAttrs(true, x.Bindings, nil).Defs {
			if d.Nested != nil && (d.Inherit == nil || d.Inherit.From != nil) {
				p.id(d.Name)
				p.str(" = ")
				p.attrs(d.Nested)
				p.str("; ")
			} else {
				p.letBinding(d.Name, d.Inherit, d.Value)
			}
		}
	}
	p.keys = pop(p.keys, mark)
	p.str("in ")
	p.expr(x.Body)
	p.str(")")
}

// letBinding prints one binding of a let: inherited, or a value.
func (p *printer) letBinding(name string, inherit *ast.Inherit, value ast.Expr) {
	switch {
	case inherit != nil && inherit.From == nil:
		p.str("inherit ")
		p.id(name)
		p.str("; ")
		return
	case inherit != nil:
		p.id(name)
		p.str(" = (")
		p.expr(inherit.From)
		p.str(").")
		p.id(name)
	default:
		p.id(name)
		p.str(" = ")
		p.expr(value)
	}
	p.str("; ")
}

func (p *printer) lambda(x *ast.Lambda) {
	p.str("(")
	if f := x.Formals; f != nil {
		p.str("{ ")
		for i, fm := range f.List {
			if i > 0 {
				p.str(", ")
			}
			p.id(fm.Name.Name)
			if fm.Default != nil {
				p.str(" ? ")
				p.expr(fm.Default)
			}
		}
		if f.Ellipsis.IsValid() {
			if len(f.List) > 0 {
				p.str(", ")
			}
			p.str("...")
		}
		p.str(" }")
		if x.Param != nil {
			p.str(" @ ")
		}
	}
	if x.Param != nil {
		p.id(x.Param.Name)
	}
	p.str(": ")
	p.expr(x.Body)
	p.str(")")
}
