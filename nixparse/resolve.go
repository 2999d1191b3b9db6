package nixparse

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/printer"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// RefKind says where a variable's value comes from.
type RefKind uint8

const (
	// Undefined: nothing binds the name; Nix rejects the file.
	Undefined RefKind = iota
	// Bound: a let, a rec set, or a function argument binds it.
	Bound
	// FromWith: no enclosing scope binds it, but an enclosing with may
	// provide it when evaluated (or fail then).
	FromWith
	// Builtin: a global builtin (map, toString, true, __add, …).
	Builtin
)

// ScopeKind is the construct that opens a scope.
type ScopeKind uint8

const (
	LetScope    ScopeKind = iota + 1 // let … in, whose Attrs hold the bindings
	RecScope                         // rec { … } or legacy let { … }
	LambdaScope                      // a function's argument(s)
	WithScope                        // with e; …
)

// Scope is a scope in the tree.
type Scope struct {
	Kind   ScopeKind
	Node   ast.Node   // *ast.Let, *ast.AttrSet, *ast.LegacyLet, *ast.Lambda or *ast.With
	Attrs  *ast.Attrs // LetScope and RecScope: the names it binds, merged
	Parent *Scope     // nil for a scope at the top of the file
}

// Ref is what a variable reference resolves to.
type Ref struct {
	Kind RefKind
	// Scope is the binding scope (Bound) or the innermost with (FromWith).
	Scope *Scope
	// Exactly one of Def, Formal and Param is set when Kind is Bound.
	Def    *ast.AttrDef // bound by a let or a rec set
	Formal *ast.Formal  // bound by a function pattern
	Param  *ast.Ident   // a function's argument name (x: or @ x)
}

// Resolution maps variable references to their binding. References Nix
// never looks up (inside dynamic attributes of a set merged into another,
// which Nix 2.8 drops) are absent.
type Resolution struct {
	Refs map[*ast.Ident]Ref
	// Inherits maps the names of `inherit a b;` clauses (without a source)
	// to the variables they copy.
	Inherits map[ast.AttrName]Ref
	Scopes   []*Scope // in the order they open
}

// resolveSeq makes variable errors come after every parse error in Nix
// order: Nix binds variables once the whole file is parsed.
const resolveSeq = 1 << 40

// Resolve binds every variable reference of f, as Nix does after parsing,
// and reports the undefined ones ("undefined variable 'x'"), sorted by
// position. A name is defined when a lexical scope or the global scope of
// builtins binds it, or when some enclosing with could provide it.
func Resolve(f *ast.File, builtins Builtins) (*Resolution, ErrorList) {
	r := &resolver{file: f.File, builtins: builtins, res: &Resolution{
		Refs:     make(map[*ast.Ident]Ref),
		Inherits: make(map[ast.AttrName]Ref),
	}}
	r.expr(f.Expr, nil)
	return r.res, r.sorted(f)
}

// CheckVariables reports the undefined variables of f, as Resolve does,
// without recording the resolution.
func CheckVariables(f *ast.File, builtins Builtins) ErrorList {
	r := checkers.Get().(*resolver)
	r.file, r.builtins = f.File, builtins
	r.envs.start(nil, true)
	r.expr(f.Expr, nil)
	errs := r.sorted(f)
	// Keep the memory, not the tree.
	r.envs.clear()
	clear(r.names)
	*r = resolver{envs: r.envs, names: r.names[:0]}
	checkers.Put(r)
	return errs
}

// checkers recycles the resolvers of CheckVariables, which matters when
// checking many small files.
var checkers = sync.Pool{New: func() any { return new(resolver) }}

// sorted numbers the errors in the order Nix would meet them, after every
// parse error, and sorts them by position. With several errors that takes
// a second walk in Nix's exact order.
func (r *resolver) sorted(f *ast.File) ErrorList {
	errs := r.errors
	if len(errs) > 1 {
		nix := &resolver{file: r.file, builtins: r.builtins, order: newSymbolOrder(f.File.Source())}
		nix.expr(f.Expr, nil)
		errs = nix.errors
	}
	for i, e := range errs {
		e.Seq = resolveSeq + i
	}
	errs.Sort()
	return errs
}

// defOrder returns the definitions of a set in the order Nix visits them:
// by interned name (see symbolOrder), or as given on a fast walk.
func (r *resolver) defOrder(defs []*ast.AttrDef) []*ast.AttrDef {
	if r.order == nil || len(defs) < 2 {
		return defs
	}
	out := append([]*ast.AttrDef(nil), defs...)
	sort.SliceStable(out, func(i, j int) bool { return r.order.rank(out[i].Name) < r.order.rank(out[j].Name) })
	return out
}

// formalOrder returns a pattern's arguments in the order Nix keeps them.
func (r *resolver) formalOrder(list []*ast.Formal) []*ast.Formal {
	if r.order == nil || len(list) < 2 {
		return list
	}
	out := append([]*ast.Formal(nil), list...)
	sort.SliceStable(out, func(i, j int) bool { return r.order.rank(out[i].Name.Name) < r.order.rank(out[j].Name.Name) })
	return out
}

type resolver struct {
	file     *token.File
	builtins Builtins
	res      *Resolution // nil when only checking
	errors   ErrorList
	// order, when set, makes the walk visit attributes and formals in the
	// order Nix 2.8 does, to find which undefined variable Nix reports.
	order *symbolOrder
	envs  arena[env]
	// names holds the sorted names of the scopes checked without
	// building their sets (scopeNames), one segment per scope.
	names []scopeName
}

// env is one frame of the lexical environment during the walk.
type env struct {
	kind   ScopeKind
	attrs  *ast.Attrs  // LetScope, RecScope
	names  []scopeName // instead of attrs, when only checking: sorted
	lambda *ast.Lambda // LambdaScope
	parent *env
	scope  *Scope // when recording
}

func (r *resolver) push(kind ScopeKind, node ast.Node, attrs *ast.Attrs, parent *env) *env {
	e := r.envs.new()
	*e = env{kind: kind, attrs: attrs, parent: parent}
	if l, ok := node.(*ast.Lambda); ok {
		e.lambda = l
	}
	if r.res != nil {
		e.scope = &Scope{Kind: kind, Node: node, Attrs: attrs}
		if parent != nil {
			e.scope.Parent = parent.scope
		}
		r.res.Scopes = append(r.res.Scopes, e.scope)
	}
	return e
}

// lookup resolves name in e: lexical scopes first, whatever with lies
// between, then builtins, then the innermost with.
func (r *resolver) lookup(name string, e *env) Ref {
	var with *env
	for ; e != nil; e = e.parent {
		switch e.kind {
		case WithScope:
			if with == nil {
				with = e
			}
		case LambdaScope:
			l := e.lambda
			if l.Param != nil && l.Param.Name == name {
				return Ref{Kind: Bound, Scope: e.scope, Param: l.Param}
			}
			if l.Formals != nil {
				for _, f := range l.Formals.List {
					if f.Name.Name == name {
						return Ref{Kind: Bound, Scope: e.scope, Formal: f}
					}
				}
			}
		default:
			if e.attrs == nil {
				if hasName(e.names, name) {
					return Ref{Kind: Bound}
				}
				continue
			}
			if d := e.attrs.Lookup(name); d != nil {
				return Ref{Kind: Bound, Scope: e.scope, Def: d}
			}
		}
	}
	if r.builtins.Has(name) {
		return Ref{Kind: Builtin}
	}
	if with != nil {
		return Ref{Kind: FromWith, Scope: with.scope}
	}
	return Ref{Kind: Undefined}
}

// use resolves a reference to name written at pos (where Nix reports it).
func (r *resolver) use(name string, pos token.Pos, e *env) Ref {
	ref := r.lookup(name, e)
	if ref.Kind == Undefined {
		r.errors = append(r.errors, &Error{
			Pos: r.file.Position(pos),
			Msg: "undefined variable '" + printer.ShowID(name) + "'",
		})
	}
	return ref
}

func (r *resolver) ident(id *ast.Ident, pos token.Pos, e *env) {
	ref := r.use(id.Name, pos, e)
	if r.res != nil {
		r.res.Refs[id] = ref
	}
}

// expr resolves x in e, visiting subexpressions in the order Nix's
// bindVars does (which decides the undefined variable Nix reports first).
// Long chains (f a b c…, a + b + c…) are walked without recursing on them.
func (r *resolver) expr(x ast.Expr, e *env) {
	for x != nil {
		switch n := x.(type) {
		case *ast.Ident:
			r.ident(n, n.NamePos, e)
			return
		case *ast.Paren:
			x = n.X
		case *ast.String:
			r.parts(n.Parts, e)
			return
		case *ast.Path:
			r.parts(n.Parts, e)
			return
		case *ast.List:
			for _, el := range n.Elems {
				r.expr(el, e)
			}
			return
		case *ast.AttrSet:
			if !n.Rec.IsValid() && r.order == nil && !hasRecValue(n.Bindings) {
				r.bindings(n.Bindings, n.Lbrace+1, e)
				return
			}
			if n.Rec.IsValid() && r.checkScope(RecScope, n.Bindings, n.Lbrace+1, e) != nil {
				return
			}
			r.attrSet(ast.BuildAttrs(n.Rec.IsValid(), n.Bindings, nil), n, n.Lbrace+1, e)
			return
		case *ast.LegacyLet:
			r.attrSet(ast.BuildAttrs(true, n.Bindings, nil), n, n.Lbrace+1, e)
			return
		case *ast.Let:
			if inner := r.checkScope(LetScope, n.Bindings, n.Let+token.Pos(len("let")), e); inner != nil {
				x, e = n.Body, inner
				continue
			}
			attrs := ast.BuildAttrs(true, n.Bindings, nil)
			inner := r.push(LetScope, n, attrs, e)
			r.defs(attrs, n.Let+token.Pos(len("let")), e, inner)
			x, e = n.Body, inner
		case *ast.With:
			r.expr(n.Env, e)
			x, e = n.Body, r.push(WithScope, n, nil, e)
		case *ast.Assert:
			r.expr(n.Cond, e)
			x = n.Body
		case *ast.If:
			r.expr(n.Cond, e)
			r.expr(n.Then, e)
			x = n.Else
		case *ast.Lambda:
			inner := r.push(LambdaScope, n, nil, e)
			if n.Formals != nil {
				for _, f := range r.formalOrder(n.Formals.List) {
					r.expr(f.Default, inner)
				}
			}
			x, e = n.Body, inner
		case *ast.Apply:
			var args []*ast.Apply
			for {
				args = append(args, n)
				next, ok := ast.Unparen(n.Fun).(*ast.Apply)
				if !ok {
					break
				}
				n = next
			}
			r.expr(n.Fun, e)
			for i := len(args) - 1; i >= 0; i-- {
				a := args[i]
				if or, ok := a.Arg.(*ast.Ident); ok && or.Name == "or" {
					// `f or`: Nix places the variable `or` at f.
					r.ident(or, a.Fun.Pos(), e)
				} else {
					r.expr(a.Arg, e)
				}
			}
			return
		case *ast.Select:
			r.expr(n.X, e)
			r.expr(n.Default, e)
			r.attrPath(n.Path, e)
			return
		case *ast.HasAttr:
			r.expr(n.X, e)
			r.attrPath(n.Path, e)
			return
		case *ast.Unary:
			x = n.X
		case *ast.Binary:
			if n.Op == token.GT || n.Op == token.LEQ {
				// Nix makes these __lessThan calls with swapped operands.
				r.expr(n.Y, e)
				x = n.X
				continue
			}
			var spine []*ast.Binary
			for {
				spine = append(spine, n)
				next, ok := ast.Unparen(n.X).(*ast.Binary)
				if !ok || next.Op == token.GT || next.Op == token.LEQ {
					break
				}
				n = next
			}
			r.expr(n.X, e)
			for i := len(spine) - 1; i >= 0; i-- {
				r.expr(spine[i].Y, e)
			}
			return
		default: // literals, __curPos, <path>, BadExpr
			return
		}
	}
}

func (r *resolver) parts(parts []ast.StringPart, e *env) {
	for _, p := range parts {
		if in, ok := p.(*ast.Interp); ok {
			r.expr(in.X, e)
		}
	}
}

// attrPath resolves the dynamic elements of a path.
func (r *resolver) attrPath(path []ast.AttrName, e *env) {
	for _, n := range path {
		switch n := n.(type) {
		case *ast.Interp:
			r.expr(n.X, e)
		case *ast.String:
			r.parts(n.Parts, e)
		}
	}
}

// hasRecValue reports whether a binding's value is a rec set, into which
// Nix could merge other bindings that then see its scope.
func hasRecValue(bs []ast.Binding) bool {
	for _, b := range bs {
		if a, ok := b.(*ast.Attr); ok {
			if s, ok := ast.Unparen(a.Value).(*ast.AttrSet); ok && s.Rec.IsValid() {
				return true
			}
		}
	}
	return false
}

// bindings resolves the bindings of a set that is no scope and into which
// nothing merges a scope, without building it: everything resolves in e.
func (r *resolver) bindings(bs []ast.Binding, inheritPos token.Pos, e *env) {
	for _, b := range bs {
		switch b := b.(type) {
		case *ast.Attr:
			r.attrPath(b.Path, e)
			r.expr(b.Value, e)
		case *ast.Inherit:
			if b.From != nil {
				if len(b.Names) > 0 { // Nix drops `inherit (e);`, unbound
					r.expr(b.From, e)
				}
				continue
			}
			for _, k := range b.Names {
				name, ok := ast.StaticName(k)
				if !ok {
					continue
				}
				ref := r.use(name, inheritPos, e)
				if r.res != nil {
					r.res.Inherits[k] = ref
					if id, ok := k.(*ast.Ident); ok {
						r.res.Refs[id] = ref
					}
				}
			}
		}
	}
}

// checkScope checks the bindings of a let or rec set, and returns the
// scope they open, when only checking (no resolution recorded, no Nix
// order needed) and when each binding defines one static name, none
// twice: then the set is its bindings, walked as defs walks the set
// BuildAttrs would build, without building it. Otherwise it does nothing
// and returns nil.
func (r *resolver) checkScope(kind ScopeKind, bs []ast.Binding, inheritPos token.Pos, outer *env) *env {
	if r.res != nil || r.order != nil {
		return nil
	}
	mark := len(r.names)
	for _, b := range bs {
		switch b := b.(type) {
		case *ast.Attr:
			name, ok := "", len(b.Path) == 1 && b.Value != nil
			if ok {
				name, ok = ast.StaticName(b.Path[0])
			}
			if !ok {
				r.names = r.names[:mark]
				return nil
			}
			r.names = append(r.names, scopeName{name, b})
		case *ast.Inherit:
			for _, k := range b.Names {
				if name, ok := ast.StaticName(k); ok {
					r.names = append(r.names, scopeName{name, b})
				}
			}
		}
	}
	names := r.names[mark:len(r.names):len(r.names)]
	slices.SortFunc(names, func(x, y scopeName) int { return strings.Compare(x.name, y.name) })
	for i := 1; i < len(names); i++ {
		if names[i].name == names[i-1].name {
			r.names = r.names[:mark]
			return nil
		}
	}
	inner := r.envs.new()
	*inner = env{kind: kind, names: names, parent: outer}
	var from *ast.Inherit // as in defs
	for _, n := range names {
		switch b := n.binding.(type) {
		case *ast.Attr:
			r.expr(b.Value, inner)
		case *ast.Inherit:
			if b.From == nil {
				r.use(n.name, inheritPos, outer)
			} else if b != from {
				from = b
				r.expr(b.From, inner)
			}
		}
	}
	return inner
}

// scopeName is a name bound by a scope that checkScope walks.
type scopeName struct {
	name    string
	binding ast.Binding
}

// hasName reports whether names, sorted, bind name.
func hasName(names []scopeName, name string) bool {
	if len(names) <= 8 {
		for _, n := range names {
			if n.name == name {
				return true
			}
		}
		return false
	}
	_, ok := slices.BinarySearchFunc(names, name, func(n scopeName, name string) int { return strings.Compare(n.name, name) })
	return ok
}

// attrSet resolves a set: a rec set is a scope for its own values and
// dynamic attributes; inherited names always come from outside.
// inheritPos is where Nix places inherited variables of node's own
// bindings: just after its opening brace.
func (r *resolver) attrSet(a *ast.Attrs, node ast.Node, inheritPos token.Pos, outer *env) {
	inner := outer
	if a.Rec {
		inner = r.push(RecScope, node, a, outer)
	}
	r.defs(a, inheritPos, outer, inner)
}

// defs resolves the definitions of a let or a set: values in inner,
// inherited names in outer.
func (r *resolver) defs(a *ast.Attrs, inheritPos token.Pos, outer, inner *env) {
	var from *ast.Inherit // `inherit (e) a b;` shares e: resolve it once
	for _, d := range r.defOrder(a.Defs) {
		switch {
		case d.Inherit != nil && d.Inherit.From != nil:
			if d.Inherit != from {
				from = d.Inherit
				r.expr(from.From, inner)
			}
		case d.Inherit != nil:
			ref := r.use(d.Name, inheritPos, outer)
			if r.res != nil {
				r.res.Inherits[d.Key] = ref
				if id, ok := d.Key.(*ast.Ident); ok {
					r.res.Refs[id] = ref
				}
			}
		default:
			r.def(d, inner)
		}
	}
	for _, d := range a.Dynamic {
		r.attrPath([]ast.AttrName{d.Name}, inner)
		if d.Nested != nil {
			r.nested(d.Nested, d.Pos, inner)
		} else {
			r.expr(d.Value, inner)
		}
	}
}

// def resolves the value of a static attribute in e.
func (r *resolver) def(d *ast.AttrDef, e *env) {
	if d.Nested == nil {
		r.expr(d.Value, e)
		return
	}
	// A set made from paths, or a written set that others merged into.
	pos := d.Pos
	if s, ok := ast.Unparen(d.Value).(*ast.AttrSet); ok {
		pos = s.Lbrace + 1
		if d.Nested.Rec {
			r.attrSet(d.Nested, s, pos, e)
			return
		}
	}
	r.nested(d.Nested, pos, e)
}

func (r *resolver) nested(a *ast.Attrs, inheritPos token.Pos, e *env) {
	r.defs(a, inheritPos, e, e)
}
