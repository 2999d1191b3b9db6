package eval

import "github.com/secrets-lsp/secrets-lsp/nixparse/ast"

// Lit is an expression of a source read as a literal, without evaluating
// it: a string without interpolation, a number, or a list or set of
// literals (attribute names static, no inherit). Most of a policy is
// written so: taking it from the tree spares the thunks, sets and values
// evaluation would build only to be copied. A Lit whose Kind is KUnknown
// is not such a literal (it reads a variable, calls a function, …): its
// value needs evaluation.
//
// A Lit gives what forcing a thunk of its expression gives, origins
// included, and says how many evaluation steps that takes (Steps), so that
// a caller can charge them and get the same budget as evaluation.
type Lit struct {
	src *Source
	x   ast.Expr   // unparenthesised; nil for a set merged from attribute paths
	set *ast.Attrs // a set's merged bindings
	o   Origin
	// steps: the evaluation steps forcing it takes (not its elements').
	steps int
	kind  Kind
}

// maxLitParens bounds the parentheses around a literal: evaluating each is
// a level deeper, which a caller then need not check.
const maxLitParens = 8

// Literal returns the expression of a thunk not forced yet, as a literal.
// ok is false when the thunk is forced or is no expression of a source
// (the Lit may still be of kind KUnknown).
func (t *Thunk) Literal() (l Lit, ok bool) {
	switch {
	case t.state != pending || t.src == nil:
		return Lit{}, false
	case t.set != nil:
		return nestedLit(t.set, t.src), true
	case t.expr != nil:
		return evalLit(t.expr, t.src), true
	}
	return Lit{}, false
}

// Place is where the expression of a thunk not forced yet is written;
// zero once forced (forcing lets the expression go) or for a thunk of no
// expression.
func (t *Thunk) Place() Origin {
	if t.state != pending || t.expr == nil || t.src == nil {
		return Origin{}
	}
	return origin(t.src, t.expr, Computed)
}

// LiteralOf is the expression x of src as a literal, as a thunk of it
// not forced yet gives it (Thunk.Literal): for a caller that parsed x
// itself.
func LiteralOf(x ast.Expr, src *Source) Lit { return evalLit(x, src) }

// nestedLit is the set of d, merged from attribute paths: built with its
// parent's, without a step.
func nestedLit(d *ast.AttrDef, src *Source) Lit {
	return Lit{src: src, set: d.Nested, o: nestedOrigin(src, d), kind: setKind(d.Nested)}
}

// evalLit is the literal x when evaluated (one step, and one per pair of
// parentheses).
func evalLit(x ast.Expr, src *Source) Lit {
	steps := 1
	for p, ok := x.(*ast.Paren); ok; p, ok = x.(*ast.Paren) {
		if steps > maxLitParens {
			return Lit{}
		}
		x, steps = p.X, steps+1
	}
	l := Lit{src: src, x: x, steps: steps}
	switch x := x.(type) {
	case *ast.String:
		if _, ok := x.Static(); !ok {
			return Lit{}
		}
		l.o, l.kind = origin(src, x, Computed), KString
		if !x.Indented {
			l.o.Lit = NixString
		}
	case *ast.Int:
		l.o, l.kind = origin(src, x, Literal), KInt
	case *ast.Float:
		l.o, l.kind = origin(src, x, Literal), KFloat
	case *ast.List:
		l.o, l.kind = origin(src, x, Literal), KList
	case *ast.AttrSet:
		l.o, l.set = origin(src, x, Literal), src.scope(x)
		l.kind = setKind(l.set)
	}
	return l
}

// thunkLit is the literal x as the value of a thunk made by
// Machine.thunk: a string without interpolation or an integer is ready
// (no step), anything else is evaluated when forced.
func thunkLit(x ast.Expr, src *Source) Lit {
	l := evalLit(x, src)
	switch x.(type) {
	case *ast.String, *ast.Int:
		l.steps = 0
	}
	return l
}

// Kind is the kind of the literal's value, KUnknown when it is not a
// literal.
func (l Lit) Kind() Kind { return l.kind }

// setKind is KAttrs for a set of statically named attributes that are
// not inherited.
func setKind(set *ast.Attrs) Kind {
	if len(set.Dynamic) > 0 {
		return KUnknown
	}
	for _, d := range set.Defs {
		if d.Inherit != nil {
			return KUnknown
		}
	}
	return KAttrs
}

// Origin is where the value is written, as evaluation gives it.
func (l Lit) Origin() Origin { return l.o }

// Steps is how many evaluation steps forcing the literal takes, its
// elements' and attributes' not included.
func (l Lit) Steps() int { return l.steps }

// Str is the value of a string.
func (l Lit) Str() string {
	s, _ := l.x.(*ast.String).Static()
	return s
}

// Int is the value of an integer.
func (l Lit) Int() int64 { return l.x.(*ast.Int).Value }

// Float is the value of a float.
func (l Lit) Float() float64 { return l.x.(*ast.Float).Value }

// Len is the number of elements of a list or attributes of a set.
func (l Lit) Len() int {
	if l.set != nil {
		return len(l.set.Defs)
	}
	return len(l.x.(*ast.List).Elems)
}

// Elem is the i-th element of a list.
func (l Lit) Elem(i int) Lit { return thunkLit(l.x.(*ast.List).Elems[i], l.src) }

// Name is the name of the i-th attribute of a set (sorted by name), and
// where it is written.
func (l Lit) Name(i int) (string, Origin) {
	d := l.set.Defs[i]
	return d.Name, keyOrigin(l.src, d.Key)
}

// Has reports whether a set has the attribute name (by its sorted names,
// without making the origins Name gives).
func (l Lit) Has(name string) bool { return l.set.Lookup(name) != nil }

// Attr is the value of the i-th attribute of a set.
func (l Lit) Attr(i int) Lit {
	d := l.set.Defs[i]
	if d.Nested == nil {
		return thunkLit(d.Value, l.src)
	}
	return nestedLit(d, l.src)
}
