package eval

import (
	"fmt"
	"math"
	"path"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/nixparse/ast"
	"github.com/secrets-lsp/secrets-lsp/nixparse/printer"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

func sprintf(format string, args ...any) string {
	if len(args) == 0 {
		return format
	}
	return fmt.Sprintf(format, args...)
}

func (m *Machine) eval(x ast.Expr, env *Env, src *Source) Value {
	if bad := m.enter(x, src); bad != nil {
		return bad
	}
	v := m.evalNode(x, env, src)
	m.depth--
	return v
}

// enter counts the evaluation of x as a step one level deeper, or returns
// the value replacing it past a bound. The caller leaves the level (not
// deferred: eval is the hottest function, and a deferred call in it would
// not be open-coded).
func (m *Machine) enter(x ast.Expr, src *Source) Value {
	if x == nil {
		return unknown(Origin{Src: src}, "missing expression")
	}
	if !m.budget() {
		return m.exhausted(origin(src, x, Computed), budgetExhausted)
	}
	m.depth++
	if m.depth > m.cfg.MaxDepth {
		m.depth--
		m.stop(DepthBound)
		return m.exhausted(origin(src, x, Computed), "evaluation too deep")
	}
	return nil
}

// cond evaluates x where a Boolean is expected: b, or else v is the value
// x gave instead (unknown, or of another kind). Comparisons, logical
// operators and ! give their Boolean without allocating it.
func (m *Machine) cond(x ast.Expr, env *Env, src *Source) (b bool, v Value) {
	switch n := x.(type) {
	case *ast.Binary:
		switch n.Op {
		case token.AND, token.OR, token.IMPL, token.EQ, token.NEQ:
		default:
			return m.condOf(m.eval(x, env, src))
		}
	case *ast.Unary, *ast.Paren:
	default:
		return m.condOf(m.eval(x, env, src))
	}
	if bad := m.enter(x, src); bad != nil {
		return false, bad
	}
	switch n := x.(type) {
	case *ast.Binary:
		b, v = m.binaryCond(n, env, src, origin(src, n, Computed))
	case *ast.Paren:
		b, v = m.cond(n.X, env, src)
	case *ast.Unary:
		if n.Op != token.NOT {
			v = m.evalUnary(n, env, src)
			break
		}
		o := origin(src, n, Computed)
		b, v = m.cond(n.X, env, src)
		switch u := v.(type) {
		case nil:
			b = !b
		case *Unknown:
			v = propagate(u, o)
		default:
			v = m.fail(o, "value is %s while a Boolean was expected", v.Kind().Article())
		}
	}
	m.depth--
	return b, v
}

// condOf is cond's result for the value v.
func (m *Machine) condOf(v Value) (bool, Value) {
	if b, ok := v.(*Bool); ok {
		return b.B, nil
	}
	return false, v
}

func (m *Machine) evalNode(x ast.Expr, env *Env, src *Source) Value {
	switch x := x.(type) {
	case *ast.BadExpr:
		return unknown(origin(src, x, Computed), "syntax error")
	case *ast.Ident:
		v := m.Force(m.lookup(env, x.Name, origin(src, x, Computed)))
		// The constants null, true and false are written where they are used.
		switch c := v.(type) {
		case *Null:
			if !c.O.IsValid() {
				return &Null{O: origin(src, x, Literal)}
			}
		case *Bool:
			if !c.O.IsValid() {
				return &Bool{B: c.B, O: origin(src, x, Literal)}
			}
		}
		return v
	case *ast.CurPos:
		return unknown(origin(src, x, Computed), "__curPos")
	case *ast.Int:
		return &Int{N: x.Value, O: origin(src, x, Literal)}
	case *ast.Float:
		return &Float{F: x.Value, O: origin(src, x, Literal)}
	case *ast.String:
		return m.evalString(x, env, src)
	case *ast.Path:
		return m.evalPath(x, env, src)
	case *ast.SearchPath:
		return unknown(origin(src, x, Computed), "search path "+x.Lit)
	case *ast.URI:
		return &String{S: x.Lit, O: origin(src, x, Computed)}
	case *ast.Paren:
		return m.eval(x.X, env, src)
	case *ast.List:
		elems := make([]*Thunk, len(x.Elems))
		for i, e := range x.Elems {
			elems[i] = m.thunk(e, env, src)
		}
		return &List{Elems: elems, O: origin(src, x, Literal)}
	case *ast.AttrSet:
		return m.attrsFrom(src.scope(x), env, src, origin(src, x, Literal))
	case *ast.LegacyLet:
		v := m.attrsFrom(src.scope(x), env, src, origin(src, x, Literal))
		a, ok := v.(*Attrs)
		if !ok {
			return v
		}
		if t := a.Lookup("body"); t != nil {
			return m.Force(t)
		}
		return m.fail(origin(src, x, Computed), "attribute 'body' missing")
	case *ast.Let:
		return m.eval(x.Body, m.letEnv(src.scope(x), env, src), src)
	case *ast.With:
		return m.eval(x.Body, &Env{parent: env, with: m.thunk(x.Env, env, src)}, src)
	case *ast.Assert:
		// Nix places its failures at `assert`; the range ends with the
		// condition, the cause.
		o := Origin{Src: src, Start: x.Assert, End: x.Cond.End(), Lit: Computed}
		switch b, c := m.cond(x.Cond, env, src); c := c.(type) {
		case nil:
			if !b {
				// Nix prints the condition as --parse does.
				show := printer.Config{BaseDir: path.Dir(m.absPath(src.Path))}.Print(x.Cond)
				return m.throw(o, "assertion '%s' failed", show)
			}
		case *Unknown:
			// It may fail: what Nix gives is not known.
			return propagate(c, o)
		default:
			return m.fail(o, "value is %s while a Boolean was expected", c.Kind().Article())
		}
		return m.eval(x.Body, env, src)
	case *ast.If:
		switch b, c := m.cond(x.Cond, env, src); c := c.(type) {
		case nil:
			if b {
				return m.eval(x.Then, env, src)
			}
			return m.eval(x.Else, env, src)
		case *Unknown:
			return propagate(c, origin(src, x, Computed))
		default:
			return m.fail(origin(src, x.Cond, Computed), "value is %s while a Boolean was expected", c.Kind().Article())
		}
	case *ast.Lambda:
		return &Func{lambda: &lambdaClosure{node: x, env: env, src: src}, O: origin(src, x, Literal)}
	case *ast.Apply:
		f := m.eval(x.Fun, env, src)
		return m.Apply(f, m.thunk(x.Arg, env, src), origin(src, x, Computed))
	case *ast.Select:
		return m.evalSelect(x, env, src)
	case *ast.HasAttr:
		return m.evalHasAttr(x, env, src)
	case *ast.Unary:
		return m.evalUnary(x, env, src)
	case *ast.Binary:
		return m.evalBinary(x, env, src)
	}
	return unknown(origin(src, x, Computed), "unsupported expression")
}

// lambdaClosure is a lambda with the scope it was created in.
type lambdaClosure struct {
	node *ast.Lambda
	env  *Env
	src  *Source
	// names are the variables a call binds (the argument's name, then the
	// pattern's), set at the first call; unused: the lambda is x: … and
	// its body never reads x (_: …), so a call binds nothing.
	names  []string
	unused bool
}

// prim is a builtin function of a fixed arity.
type prim struct {
	name  string
	arity int
	fn    func(m *Machine, args []*Thunk, o Origin) Value
}

// Apply calls the function f with the argument arg.
func (m *Machine) Apply(f Value, arg *Thunk, o Origin) Value {
	if !m.budget() {
		return m.exhausted(o, budgetExhausted)
	}
	switch f := f.(type) {
	case *Func:
		if f.lambda != nil {
			return m.callLambda(f.lambda, arg, o)
		}
		args := make([]*Thunk, len(f.args)+1)
		copy(args, f.args)
		args[len(f.args)] = arg
		if len(args) < f.prim.arity {
			return &Func{prim: f.prim, args: args, O: f.O}
		}
		return f.prim.fn(m, args, o)
	case *Attrs:
		if t := f.Lookup("__functor"); t != nil {
			return m.Apply(m.Apply(m.Force(t), Ready(f), o), arg, o)
		}
		if f.Open {
			return unknown(o, "call of a partially known set")
		}
	case *Unknown:
		return propagate(f, o)
	}
	return m.fail(o, "attempt to call something which is not a function but %s", f.Kind().Article())
}

// Call applies f to several arguments.
func (m *Machine) Call(f Value, o Origin, args ...*Thunk) Value {
	for _, a := range args {
		f = m.Apply(f, a, o)
	}
	return f
}

// bindings returns the names a call of c binds: the argument's name, then
// the pattern's.
func (c *lambdaClosure) bindings() []string {
	if c.names == nil {
		node := c.node
		c.names = make([]string, 0, 1+len(node.Formals.List))
		if node.Param != nil {
			c.names = append(c.names, node.Param.Name)
		}
		for _, f := range node.Formals.List {
			c.names = append(c.names, f.Name.Name)
		}
	}
	return c.names
}

func (m *Machine) callLambda(c *lambdaClosure, arg *Thunk, o Origin) Value {
	env, bad := m.lambdaEnv(c, arg, o)
	if bad != nil {
		return bad
	}
	return m.eval(c.node.Body, env, c.src)
}

// test calls the predicate f with args and returns the Boolean it gives,
// or the value that replaces its caller's result (as boolean gives it).
// The body of a lambda is evaluated as a condition, without allocating
// its Boolean: filterAttrs over an inventory calls it for every host.
func (m *Machine) test(f Value, o Origin, args ...*Thunk) (bool, Value) {
	last := len(args) - 1
	f = m.Call(f, o, args[:last]...)
	c, ok := f.(*Func)
	if !ok || c.lambda == nil || !m.budget() {
		return m.boolean(m.Apply(f, args[last], o), o)
	}
	env, bad := m.lambdaEnv(c.lambda, args[last], o)
	if bad != nil {
		return m.boolean(bad, o)
	}
	b, v := m.cond(c.lambda.node.Body, env, c.lambda.src)
	if v != nil {
		return m.boolean(v, o)
	}
	return b, nil
}

// lambdaEnv is the scope of a call of c with arg, or the value the call
// gives instead (a failure to bind the pattern).
func (m *Machine) lambdaEnv(c *lambdaClosure, arg *Thunk, o Origin) (*Env, Value) {
	node := c.node
	if node.Formals == nil {
		if node.Param == nil {
			return nil, unknown(o, "malformed lambda")
		}
		if c.names == nil {
			c.names = []string{node.Param.Name}
			c.unused = c.src.unusedParam(node.Param)
		}
		if c.unused {
			return c.env, nil
		}
		env := &Env{parent: c.env, names: c.names}
		env.one[0] = arg
		env.vals = env.one[:]
		return env, nil
	}
	names := c.bindings()
	vals := make([]*Thunk, 0, len(names))
	if node.Param != nil {
		vals = append(vals, arg)
	}
	// Defaults are evaluated in the scope being built.
	env := &Env{parent: c.env}
	av := m.Force(arg)
	switch a := av.(type) {
	case *Attrs:
		for _, f := range node.Formals.List {
			t := a.Lookup(f.Name.Name)
			if t == nil {
				a.miss()
			}
			switch {
			case t != nil:
			case f.Default != nil:
				t = m.thunk(f.Default, env, c.src)
			case a.Open:
				t = Ready(unknown(o, "argument "+f.Name.Name))
			default:
				return nil, m.fail(o, "%s called without required argument '%s'", m.lambdaName(c.src, node), f.Name.Name)
			}
			vals = append(vals, t)
		}
		if !node.Formals.Ellipsis.IsValid() && !a.Open {
			for _, name := range a.Names {
				if !hasFormal(node.Formals, name) {
					return nil, m.fail(o, "%s called with unexpected argument '%s'", m.lambdaName(c.src, node), name)
				}
			}
		}
	case *Unknown:
		if a.Err != nil {
			return nil, propagate(a, o)
		}
		for _, f := range node.Formals.List {
			vals = append(vals, Ready(unknown(o, "argument "+f.Name.Name)))
		}
	default:
		return nil, m.fail(o, "value is %s while a set was expected", av.Kind().Article())
	}
	env.bind(names, vals)
	return env, nil
}

func hasFormal(fs *ast.Formals, name string) bool {
	for _, f := range fs.List {
		if f.Name.Name == name {
			return true
		}
	}
	return false
}

// UnexpectedArgument is Nix's failure calling f, a function whose
// pattern has no ellipsis, with a set of the arguments names (in the order
// Nix meets them), when the pattern lacks one of them; nil otherwise (its
// other failures are the call's).
func (m *Machine) UnexpectedArgument(f Value, names []string, o Origin) Value {
	fn, ok := f.(*Func)
	if !ok || fn.lambda == nil || fn.lambda.node.Formals == nil || fn.lambda.node.Formals.Ellipsis.IsValid() {
		return nil
	}
	for _, name := range names {
		if !hasFormal(fn.lambda.node.Formals, name) {
			return m.fail(o, "%s called with unexpected argument '%s'", m.lambdaName(fn.lambda.src, fn.lambda.node), name)
		}
	}
	return nil
}

// lambdaName is how Nix 2.8 names a function in messages: "'f' at
// FILE:LINE:COL" for one bound to a name, "anonymous function at …" else.
func (m *Machine) lambdaName(src *Source, l *ast.Lambda) string {
	p := src.File.Position(l.Pos())
	at := fmt.Sprintf("at %s:%d:%d", m.absPath(src.Path), p.Line, p.Column)
	if name, ok := src.LambdaName(l); ok {
		return "'" + name + "' " + at
	}
	return "anonymous function " + at
}

// attrsFrom builds the attribute set a merged binding list denotes. Values
// are evaluated in env, or in the set's own scope when it is recursive.
// A dynamic attribute named as another one is Nix's error.
func (m *Machine) attrsFrom(sc *ast.Attrs, env *Env, src *Source, o Origin) Value {
	if sc == nil {
		return &Attrs{O: o, Open: true}
	}
	valEnv := env
	var recVals []*Thunk
	if sc.Rec {
		// Bound before the values are made, as a let's.
		names := make([]string, len(sc.Defs))
		for i, d := range sc.Defs {
			names[i] = d.Name
		}
		recVals = make([]*Thunk, len(sc.Defs))
		valEnv = NewEnv(env, names, recVals)
	}
	var b attrsBuilder
	b.entries = make([]attrEntry, 0, len(sc.Defs)+len(sc.Dynamic))
	froms := map[*ast.Inherit]*Thunk{}
	for i, d := range sc.Defs {
		t := m.defThunk(d, env, valEnv, src, froms)
		if recVals != nil {
			recVals[i] = t
		}
		b.add(d.Name, t, keyOrigin(src, d.Key))
	}
	open := false
	var dynamic map[string]token.Pos // where each dynamic attribute was defined
	for _, d := range sc.Dynamic {
		nv := m.eval(dynamicExpr(d.Name), valEnv, src)
		switch n := nv.(type) {
		case *String:
			if b.has(n.S) {
				// Nix places it at the start of the path; the range ends
				// with the name.
				o := Origin{Src: src, Start: d.Pos, End: d.Name.End(), Lit: Computed}
				return m.fail(o, "dynamic attribute '%s' already defined at %s", n.S, m.definedAt(sc, dynamic, n.S, src))
			}
			var t *Thunk
			if d.Nested != nil {
				nested, o := d.Nested, origin(src, d.Binding, Literal)
				t = Lazy(func() Value { return m.attrsFrom(nested, valEnv, src, o) })
			} else {
				t = m.thunk(d.Value, valEnv, src)
			}
			ko := n.O
			if ko.Lit != NixString {
				ko = origin(src, d.Name, Computed)
			}
			b.add(n.S, t, ko)
			if dynamic == nil {
				dynamic = map[string]token.Pos{}
			}
			dynamic[n.S] = d.Pos
		case *Null:
		default:
			if Failure(nv) != nil {
				return nv // the name fails, and the set with it
			}
			open = true
		}
	}
	return b.build(o, open)
}

// definedAt is where Nix says the attribute name of sc, defined again by
// a dynamic attribute, was defined first: the start of the path that
// defines it, statically or by an earlier dynamic attribute.
func (m *Machine) definedAt(sc *ast.Attrs, dynamic map[string]token.Pos, name string, src *Source) string {
	pos, ok := dynamic[name]
	for _, d := range sc.Defs {
		if d.Name == name {
			pos, ok = d.Pos, true
		}
	}
	if !ok {
		pos = token.NoPos
	}
	p := src.File.Position(pos)
	p.Filename = m.absPath(src.Path)
	return p.String()
}

func (b *attrsBuilder) has(name string) bool {
	for _, e := range b.entries {
		if e.name == name {
			return true
		}
	}
	return false
}

// dynamicExpr returns the expression of a dynamic attribute name.
func dynamicExpr(n ast.AttrName) ast.Expr {
	switch n := n.(type) {
	case *ast.Interp:
		return n.X
	case *ast.String:
		return n
	case *ast.Ident:
		return n
	}
	return nil
}

func keyOrigin(src *Source, k ast.AttrName) Origin {
	switch k.(type) {
	case *ast.Ident:
		return origin(src, k, NixIdent)
	case *ast.String:
		return origin(src, k, NixString)
	}
	return origin(src, k, Computed)
}

// defThunk returns the thunk of one statically named attribute.
func (m *Machine) defThunk(d *ast.AttrDef, outer, valEnv *Env, src *Source, froms map[*ast.Inherit]*Thunk) *Thunk {
	if in := d.Inherit; in != nil {
		if in.From == nil {
			return m.inheritVar(outer, d.Name, origin(src, d.Key, Computed))
		}
		from, ok := froms[in]
		if !ok {
			from = m.thunk(in.From, valEnv, src)
			froms[in] = from
		}
		name, o := d.Name, inheritOrigin(src, in, d.Key)
		return Lazy(func() Value { return m.selectName(m.Force(from), name, o) })
	}
	if d.Nested != nil {
		if len(d.Nested.Dynamic) == 0 {
			// Building it evaluates nothing: it may wait until needed,
			// and a snapshot may take it from the tree (Thunk.Literal).
			return &Thunk{set: d, env: valEnv, src: src}
		}
		// Its names are evaluated when it is: a name may read a binding
		// of the same let that is not bound yet.
		return Lazy(func() Value { return m.attrsFrom(d.Nested, valEnv, src, nestedOrigin(src, d)) })
	}
	return m.thunk(d.Value, valEnv, src)
}

// inheritOrigin is where a failure to select key from inherit's source is
// placed: Nix places it at the start of the bindings the inherit ends
// (its parser's CUR_POS), for an inherit that opens a let or a set the end
// of `let` or `{`. The range starts at the blanks before `inherit` on its
// line (so that it holds that place), and ends with the name.
func inheritOrigin(src *Source, in *ast.Inherit, key ast.AttrName) Origin {
	text := src.File.Source()
	start := in.Inherit
	for start > 0 && (text[start-1] == ' ' || text[start-1] == '\t') {
		start--
	}
	return Origin{Src: src, Start: start, End: key.End(), Lit: Computed}
}

// nestedOrigin is where the set of d, merged from attribute paths, is
// written: the written set if there is one, else the first path.
func nestedOrigin(src *Source, d *ast.AttrDef) Origin {
	if d.Value != nil {
		return origin(src, d.Value, Literal)
	}
	return origin(src, d.Binding, Literal)
}

// inheritVar is `inherit name;`: the variable name of the enclosing scope.
func (m *Machine) inheritVar(env *Env, name string, o Origin) *Thunk {
	for e := env; e != nil; e = e.parent {
		if e.with == nil {
			if t := e.local(name); t != nil {
				return t
			}
		}
	}
	return Lazy(func() Value { return m.Force(m.lookup(env, name, o)) })
}

func (m *Machine) letEnv(sc *ast.Attrs, env *Env, src *Source) *Env {
	if sc == nil {
		return env
	}
	rec := &Env{parent: env}
	names := make([]string, len(sc.Defs))
	vals := make([]*Thunk, len(sc.Defs))
	for i, d := range sc.Defs {
		names[i] = d.Name
	}
	// Bound before the values are made: a value naming a binding of the
	// let is that binding, not one of an outer scope.
	rec.bind(names, vals)
	froms := map[*ast.Inherit]*Thunk{}
	for i, d := range sc.Defs {
		vals[i] = m.defThunk(d, env, rec, src, froms)
	}
	return rec
}

// selectName selects one attribute of v, failing as Nix does.
func (m *Machine) selectName(v Value, name string, o Origin) Value {
	switch a := v.(type) {
	case *Attrs:
		if t := a.Lookup(name); t != nil {
			return m.Force(t)
		}
		a.miss()
		if a.Open && !m.misspelt(a, name) {
			return unknown(o, "attribute "+name+" of a partially known set")
		}
		return m.fail(o, "attribute '%s' missing", name)
	case *Unknown:
		return propagate(a, o)
	}
	return m.fail(o, "value is %s while a set was expected", v.Kind().Article())
}

// attrName evaluates an element of an attribute path; a non-nil Value
// means the name is not known (or fails).
func (m *Machine) attrName(n ast.AttrName, env *Env, src *Source) (string, Value) {
	if s, ok := ast.StaticName(n); ok {
		return s, nil
	}
	v := m.eval(dynamicExpr(n), env, src)
	switch v := v.(type) {
	case *String:
		return v.S, nil
	case *Unknown:
		return "", v
	}
	return "", m.fail(origin(src, n, Computed), "value is %s while a string was expected", v.Kind().Article())
}

func (m *Machine) evalSelect(x *ast.Select, env *Env, src *Source) Value {
	if len(x.Path) == 0 {
		return unknown(origin(src, x, Computed), "syntax error")
	}
	v := m.eval(x.X, env, src)
	for _, n := range x.Path {
		name, bad := m.attrName(n, env, src)
		if bad != nil {
			return bad
		}
		o := origin(src, n, Computed)
		// Nix places a failure at the start of the select; the range
		// ends with the name that fails.
		failAt := Origin{Src: src, Start: x.Pos(), End: n.End(), Lit: Computed}
		switch a := v.(type) {
		case *Attrs:
			t := a.Lookup(name)
			if t == nil {
				a.miss()
				if a.Open && !m.misspelt(a, name) {
					return unknown(o, "attribute "+name+" of a partially known set")
				}
				if x.Default != nil {
					return m.eval(x.Default, env, src)
				}
				return m.fail(failAt, "attribute '%s' missing", name)
			}
			v = m.Force(t)
			if u, ok := v.(*Unknown); ok && u.Err != nil && !u.O.IsValid() {
				v = propagate(u, failAt) // a failure of its own with no place
			}
		case *Unknown:
			return propagate(a, o)
		default:
			if x.Default != nil {
				return m.eval(x.Default, env, src)
			}
			return m.fail(failAt, "value is %s while a set was expected", v.Kind().Article())
		}
	}
	return v
}

func (m *Machine) evalHasAttr(x *ast.HasAttr, env *Env, src *Source) Value {
	o := origin(src, x, Computed)
	if len(x.Path) == 0 {
		return unknown(o, "syntax error")
	}
	v := m.eval(x.X, env, src)
	for i, n := range x.Path {
		name, bad := m.attrName(n, env, src)
		if bad != nil {
			return bad
		}
		switch a := v.(type) {
		case *Attrs:
			t := a.Lookup(name)
			if t == nil {
				a.miss()
				if a.Open {
					return unknown(o, "membership in a partially known set")
				}
				return &Bool{B: false, O: o}
			}
			if i < len(x.Path)-1 {
				v = m.Force(t)
			}
		case *Unknown:
			return propagate(a, o)
		default:
			return &Bool{B: false, O: o}
		}
	}
	return &Bool{B: true, O: o}
}

func (m *Machine) evalUnary(x *ast.Unary, env *Env, src *Source) Value {
	o := origin(src, x, Computed)
	v := m.eval(x.X, env, src)
	if u, ok := v.(*Unknown); ok {
		return propagate(u, o)
	}
	if x.Op == token.NOT {
		if b, ok := v.(*Bool); ok {
			return &Bool{B: !b.B, O: o}
		}
		return m.fail(o, "value is %s while a Boolean was expected", v.Kind().Article())
	}
	switch n := v.(type) {
	case *Int:
		return &Int{N: -n.N, O: o}
	case *Float:
		return &Float{F: -n.F, O: o}
	}
	return m.fail(o, "cannot subtract %s from an integer", v.Kind().Article())
}

func (m *Machine) evalBinary(x *ast.Binary, env *Env, src *Source) Value {
	o := origin(src, x, Computed)
	switch x.Op {
	case token.AND, token.OR, token.IMPL, token.EQ, token.NEQ:
		b, v := m.binaryCond(x, env, src, o)
		if v != nil {
			return v
		}
		return &Bool{B: b, O: o}
	}
	l := m.eval(x.X, env, src)
	r := m.eval(x.Y, env, src)
	switch x.Op {
	case token.LT:
		return m.less(l, r, o, false)
	case token.GT:
		return m.less(r, l, o, false)
	case token.LEQ:
		return m.less(r, l, o, true)
	case token.GEQ:
		return m.less(l, r, o, true)
	case token.PLUS:
		return m.add(l, r, o)
	case token.MINUS, token.MUL, token.DIV:
		return m.arith(x.Op, l, r, o)
	case token.UPDATE:
		return m.update(l, r, o)
	case token.CONCAT:
		return m.concat(l, r, o)
	}
	return unknown(o, "unsupported operator")
}

// binaryCond evaluates the Boolean operators (&& || -> == !=) at o, as
// cond does.
func (m *Machine) binaryCond(x *ast.Binary, env *Env, src *Source, o Origin) (bool, Value) {
	switch x.Op {
	case token.AND, token.OR, token.IMPL:
		return m.logic(x, env, src, o)
	}
	l := m.eval(x.X, env, src)
	r := m.eval(x.Y, env, src)
	eq, known := m.Equal(l, r)
	if !known {
		return false, unknownOf(o, l, r)
	}
	return eq == (x.Op == token.EQ), nil
}

// unknownOf returns the first unknown among vs (keeping its failure).
func unknownOf(o Origin, vs ...Value) *Unknown {
	for _, v := range vs {
		if u, ok := v.(*Unknown); ok && u.Err != nil {
			return u
		}
	}
	for _, v := range vs {
		if u, ok := v.(*Unknown); ok {
			return propagate(u, o)
		}
	}
	return unknown(o, "unknown")
}

// logic evaluates && || -> with Nix's short circuit, as cond does; an
// unknown operand still gives a known result when the other one decides it
// alone.
func (m *Machine) logic(x *ast.Binary, env *Env, src *Source, o Origin) (bool, Value) {
	// absorb is the left value that decides the result alone; result is
	// what the operator then gives.
	absorb, result := false, false
	switch x.Op {
	case token.OR:
		absorb, result = true, true
	case token.IMPL:
		absorb, result = false, true
	}
	lb, lv := m.cond(x.X, env, src)
	if lv != nil {
		if bad := m.notBool(lv, o); bad != nil {
			return false, bad
		}
	} else if lb == absorb {
		return result, nil
	}
	rb, rv := m.cond(x.Y, env, src)
	if lv == nil {
		if rv != nil {
			if bad := m.notBool(rv, o); bad != nil {
				return false, bad
			}
			return false, unknownOf(o, rv)
		}
		return rb, nil
	}
	// Left unknown: only a right operand that decides alone helps.
	if rv == nil {
		switch {
		case x.Op == token.AND && !rb:
			return false, nil
		case (x.Op == token.OR || x.Op == token.IMPL) && rb:
			return true, nil
		}
	}
	return false, unknownOf(o, lv)
}

// notBool is the failure of a logical operator at o whose operand is v,
// not a Boolean; nil when v is unknown.
func (m *Machine) notBool(v Value, o Origin) Value {
	if _, ok := v.(*Unknown); ok {
		return nil
	}
	return m.fail(o, "value is %s while a Boolean was expected", v.Kind().Article())
}

// Equal compares two values as Nix's == does; known is false when the
// answer depends on something unknown.
func (m *Machine) Equal(a, b Value) (eq, known bool) {
	if !m.charge(1) {
		return false, false
	}
	if _, ok := a.(*Unknown); ok {
		return false, false
	}
	if _, ok := b.(*Unknown); ok {
		return false, false
	}
	switch a := a.(type) {
	case *Int:
		switch b := b.(type) {
		case *Int:
			return a.N == b.N, true
		case *Float:
			return float64(a.N) == b.F, true
		}
	case *Float:
		switch b := b.(type) {
		case *Int:
			return a.F == float64(b.N), true
		case *Float:
			return a.F == b.F, true
		}
	case *String:
		if b, ok := b.(*String); ok {
			return a.S == b.S, true
		}
	case *Path:
		if b, ok := b.(*Path); ok {
			return a.P == b.P, true
		}
	case *Null:
		_, ok := b.(*Null)
		return ok, true
	case *Bool:
		if b, ok := b.(*Bool); ok {
			return a.B == b.B, true
		}
	case *List:
		b, ok := b.(*List)
		if !ok {
			return false, true
		}
		if len(a.Elems) != len(b.Elems) {
			return false, true
		}
		allKnown := true
		for i := range a.Elems {
			if a.Elems[i] == b.Elems[i] {
				continue
			}
			eq, known := m.Equal(m.Force(a.Elems[i]), m.Force(b.Elems[i]))
			if known && !eq {
				return false, true
			}
			allKnown = allKnown && known
		}
		return true, allKnown
	case *Attrs:
		b, ok := b.(*Attrs)
		if !ok {
			return false, true
		}
		if a.Open || b.Open {
			return false, false
		}
		if len(a.Names) != len(b.Names) {
			return false, true
		}
		for i := range a.Names {
			if a.Names[i] != b.Names[i] {
				return false, true
			}
		}
		allKnown := true
		for i := range a.Vals {
			if a.Vals[i] == b.Vals[i] {
				continue
			}
			eq, known := m.Equal(m.Force(a.Vals[i]), m.Force(b.Vals[i]))
			if known && !eq {
				return false, true
			}
			allKnown = allKnown && known
		}
		return true, allKnown
	case *Func:
		return false, true
	}
	return false, true
}

// less evaluates a < b (or a <= b written as !(b < a) when orEqual, with
// a and b swapped by the caller).
func (m *Machine) less(a, b Value, o Origin, negate bool) Value {
	r := m.lessThan(a, b, o)
	if bv, ok := r.(*Bool); ok && negate {
		return &Bool{B: !bv.B, O: o}
	}
	return r
}

func (m *Machine) lessThan(a, b Value, o Origin) Value {
	if _, ok := a.(*Unknown); ok {
		return unknownOf(o, a, b)
	}
	if _, ok := b.(*Unknown); ok {
		return unknownOf(o, a, b)
	}
	switch a := a.(type) {
	case *Int:
		switch b := b.(type) {
		case *Int:
			return &Bool{B: a.N < b.N, O: o}
		case *Float:
			return &Bool{B: float64(a.N) < b.F, O: o}
		}
	case *Float:
		switch b := b.(type) {
		case *Int:
			return &Bool{B: a.F < float64(b.N), O: o}
		case *Float:
			return &Bool{B: a.F < b.F, O: o}
		}
	case *String:
		if b, ok := b.(*String); ok {
			return &Bool{B: a.S < b.S, O: o}
		}
	case *Path:
		if b, ok := b.(*Path); ok {
			return &Bool{B: a.P < b.P, O: o}
		}
	case *List:
		if b, ok := b.(*List); ok {
			for i := 0; i < len(a.Elems) && i < len(b.Elems); i++ {
				x, y := m.Force(a.Elems[i]), m.Force(b.Elems[i])
				eq, known := m.Equal(x, y)
				if !known {
					return unknownOf(o, x, y)
				}
				if !eq {
					return m.lessThan(x, y, o)
				}
			}
			return &Bool{B: len(a.Elems) < len(b.Elems), O: o}
		}
	}
	return m.fail(o, "cannot compare %s with %s", a.Kind().Article(), b.Kind().Article())
}

func (m *Machine) add(l, r Value, o Origin) Value {
	if _, ok := l.(*Unknown); ok {
		return unknownOf(o, l, r)
	}
	switch a := l.(type) {
	case *Int:
		switch b := r.(type) {
		case *Int:
			return &Int{N: a.N + b.N, O: o}
		case *Float:
			return &Float{F: float64(a.N) + b.F, O: o}
		case *Unknown:
			return propagate(b, o)
		}
	case *Float:
		switch b := r.(type) {
		case *Int:
			return &Float{F: a.F + float64(b.N), O: o}
		case *Float:
			return &Float{F: a.F + b.F, O: o}
		case *Unknown:
			return propagate(b, o)
		}
	case *Path:
		s, bad := m.coerce(r, o, false)
		if bad != nil {
			return bad
		}
		return &Path{P: cleanPath(a.P + s), O: o}
	case *String:
		s, bad := m.coerce(r, o, false)
		if bad != nil {
			return bad
		}
		if !m.chargeBytes(len(a.S) + len(s)) {
			return m.exhausted(o, budgetExhausted)
		}
		return &String{S: a.S + s, O: o}
	case *Attrs:
		s, bad := m.coerce(l, o, false)
		if bad != nil {
			return bad
		}
		t, bad := m.coerce(r, o, false)
		if bad != nil {
			return bad
		}
		return &String{S: s + t, O: o}
	}
	if u, ok := r.(*Unknown); ok {
		return propagate(u, o)
	}
	return m.fail(o, "cannot add %s to %s", r.Kind().Article(), l.Kind().Article())
}

func cleanPath(p string) string { return path.Clean(p) }

func (m *Machine) arith(op token.Kind, l, r Value, o Origin) Value {
	if _, ok := l.(*Unknown); ok {
		return unknownOf(o, l, r)
	}
	if _, ok := r.(*Unknown); ok {
		return unknownOf(o, l, r)
	}
	ai, aInt := l.(*Int)
	bi, bInt := r.(*Int)
	if aInt && bInt {
		switch op {
		case token.MINUS:
			return &Int{N: ai.N - bi.N, O: o}
		case token.MUL:
			return &Int{N: ai.N * bi.N, O: o}
		default:
			if bi.N == 0 {
				return m.fail(o, "division by zero")
			}
			if ai.N == math.MinInt64 && bi.N == -1 {
				return m.fail(o, "integer overflow")
			}
			return &Int{N: ai.N / bi.N, O: o}
		}
	}
	af, aok := toFloat(l)
	bf, bok := toFloat(r)
	if !aok || !bok {
		verb := map[token.Kind]string{token.MINUS: "subtract", token.MUL: "multiply", token.DIV: "divide"}[op]
		return m.fail(o, "cannot %s %s and %s", verb, l.Kind().Article(), r.Kind().Article())
	}
	switch op {
	case token.MINUS:
		return &Float{F: af - bf, O: o}
	case token.MUL:
		return &Float{F: af * bf, O: o}
	}
	if bf == 0 {
		return m.fail(o, "division by zero")
	}
	return &Float{F: af / bf, O: o}
}

func toFloat(v Value) (float64, bool) {
	switch v := v.(type) {
	case *Int:
		return float64(v.N), true
	case *Float:
		return v.F, true
	}
	return 0, false
}

// update is a // b. Known attributes of b are certain in the result; an
// open b makes every attribute of a uncertain, so they are dropped.
func (m *Machine) update(l, r Value, o Origin) Value {
	rb, ok := r.(*Attrs)
	if !ok {
		if u, ok := r.(*Unknown); ok {
			return unknownOf(o, l, u)
		}
		return m.fail(o, "value is %s while a set was expected", r.Kind().Article())
	}
	switch la := l.(type) {
	case *Attrs:
		if rb.Open {
			return &Attrs{Names: rb.Names, Vals: rb.Vals, Keys: rb.Keys, Open: true, O: o}
		}
		if len(rb.Names) == 0 {
			return la
		}
		if len(la.Names) == 0 && !la.Open {
			return rb
		}
		if !m.charge(len(la.Names) + len(rb.Names)) {
			return m.exhausted(o, budgetExhausted)
		}
		var b attrsBuilder
		b.entries = make([]attrEntry, 0, len(la.Names)+len(rb.Names))
		for i, n := range la.Names {
			b.add(n, la.Vals[i], la.Keys[i])
		}
		for i, n := range rb.Names {
			b.add(n, rb.Vals[i], rb.Keys[i])
		}
		return b.build(o, la.Open)
	case *Unknown:
		if la.Err != nil {
			return la
		}
		return &Attrs{Names: rb.Names, Vals: rb.Vals, Keys: rb.Keys, Open: true, O: o}
	}
	return m.fail(o, "value is %s while a set was expected", l.Kind().Article())
}

func (m *Machine) concat(l, r Value, o Origin) Value {
	a, aok := l.(*List)
	b, bok := r.(*List)
	if aok && bok {
		if len(a.Elems) == 0 {
			return b
		}
		if len(b.Elems) == 0 {
			return a
		}
		if !m.charge(len(a.Elems) + len(b.Elems)) {
			return m.exhausted(o, budgetExhausted)
		}
		elems := make([]*Thunk, 0, len(a.Elems)+len(b.Elems))
		elems = append(append(elems, a.Elems...), b.Elems...)
		return &List{Elems: elems, O: o}
	}
	if _, ok := l.(*Unknown); ok {
		return unknownOf(o, l, r)
	}
	if _, ok := r.(*Unknown); ok {
		return unknownOf(o, l, r)
	}
	if !aok {
		return m.fail(o, "value is %s while a list was expected", l.Kind().Article())
	}
	return m.fail(o, "value is %s while a list was expected", r.Kind().Article())
}

func (m *Machine) evalString(x *ast.String, env *Env, src *Source) Value {
	o := origin(src, x, Computed)
	if s, ok := x.Static(); ok {
		if !x.Indented {
			o.Lit = NixString
		}
		return &String{S: s, O: o}
	}
	var b strings.Builder
	for _, p := range x.Pieces() {
		if p.Expr == nil {
			b.WriteString(p.Text)
			continue
		}
		s, bad := m.coerce(m.eval(p.Expr, env, src), origin(src, p.Part, Computed), false)
		if bad != nil {
			return bad
		}
		if !m.chargeBytes(b.Len() + len(s)) {
			return m.exhausted(o, budgetExhausted)
		}
		b.WriteString(s)
	}
	return &String{S: b.String(), O: o}
}

func (m *Machine) evalPath(x *ast.Path, env *Env, src *Source) Value {
	o := origin(src, x, Literal)
	if x.Home {
		return unknown(o, "path in the home directory")
	}
	var b strings.Builder
	for _, p := range x.Parts {
		switch p := p.(type) {
		case *ast.Text:
			b.WriteString(p.Value)
		case *ast.Interp:
			s, bad := m.coerce(m.eval(p.X, env, src), origin(src, p, Computed), false)
			if bad != nil {
				return bad
			}
			b.WriteString(s)
		}
	}
	p := b.String()
	if !strings.HasPrefix(p, "/") {
		p = path.Join(m.absPath(path.Dir(src.Path)), p)
	}
	return &Path{P: cleanPath(p), O: o}
}

// coerce converts v to a string as interpolation does (toString: also
// numbers, booleans, null and lists).
func (m *Machine) coerce(v Value, o Origin, toString bool) (string, Value) {
	switch v := v.(type) {
	case *String:
		return v.S, nil
	case *Path:
		return v.P, nil
	case *Unknown:
		return "", propagate(v, o)
	case *Attrs:
		if t := v.Lookup("__toString"); t != nil {
			r := m.Apply(m.Force(t), Ready(v), o)
			return m.coerce(r, o, toString)
		}
		if t := v.Lookup("outPath"); t != nil {
			return m.coerce(m.Force(t), o, toString)
		}
		if v.Open {
			return "", unknown(o, "string of a partially known set")
		}
	}
	if toString {
		switch v := v.(type) {
		case *Int:
			return fmt.Sprint(v.N), nil
		case *Float:
			return fmt.Sprintf("%f", v.F), nil
		case *Bool:
			if v.B {
				return "1", nil
			}
			return "", nil
		case *Null:
			return "", nil
		case *List:
			parts := make([]string, 0, len(v.Elems))
			for _, e := range v.Elems {
				s, bad := m.coerce(m.Force(e), o, true)
				if bad != nil {
					return "", bad
				}
				parts = append(parts, s)
			}
			return strings.Join(parts, " "), nil
		}
	}
	return "", m.fail(o, "cannot coerce %s to a string", v.Kind().Article())
}

// absPath converts an io/fs path to an absolute path under the root.
func (m *Machine) absPath(fsPath string) string {
	root := m.root()
	if fsPath == "." || fsPath == "" {
		return root
	}
	return path.Join(root, fsPath)
}

// fsPath converts an absolute path to an io/fs path; ok is false outside
// the analysed file system.
func (m *Machine) fsPath(p string) (string, bool) {
	root := m.root()
	c := path.Clean(p)
	if c == root {
		return ".", true
	}
	prefix := root
	if prefix != "/" {
		prefix += "/"
	}
	if !strings.HasPrefix(c, prefix) {
		return "", false
	}
	return c[len(prefix):], true
}

func (m *Machine) root() string {
	if m.cfg.Root == "" {
		return "/"
	}
	return m.cfg.Root
}
