package eval

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/internal/editdist"
	"github.com/secrets-lsp/secrets-lsp/keys"
	"github.com/secrets-lsp/secrets-lsp/nixparse/token"
)

// The model of nixpkgs' lib: the functions policies use, written natively
// with nixpkgs' semantics (lib/*.nix is the reference for each). lib and
// its namespaces are open sets: a function not modelled is unknown, never
// an error.

// Priorities of lib.mkOverride and lib.mkOrder, as in lib/modules.nix.
const (
	PrioForce         = 50
	PrioDefault       = 1000
	PrioOptionDefault = 1500
	PrioNormal        = 100
	OrderBefore       = 500
	OrderDefault      = 1000
	OrderAfter        = 1500
)

type fnImpl = func(m *Machine, a []*Thunk, o Origin) Value

func fn(name string, arity int, f fnImpl) *prim { return &prim{name, arity, f} }

// builtin returns a builtin's prim by name, for the lib functions that are
// builtins under another name or in a namespace.
func builtin(name string) *prim {
	for _, p := range primTable {
		if p.name == name {
			return p
		}
	}
	panic("eval: no builtin " + name)
}

func mkAttrs(o Origin, kv ...any) *Attrs { return mkAttrsAt(o, Origin{}, kv...) }

// mkAttrsAt is mkAttrs with each name written at key.
func mkAttrsAt(o, key Origin, kv ...any) *Attrs {
	var b attrsBuilder
	for i := 0; i+1 < len(kv); i += 2 {
		var t *Thunk
		switch v := kv[i+1].(type) {
		case *Thunk:
			t = v
		case Value:
			t = Ready(v)
		}
		b.add(kv[i].(string), t, key)
	}
	return b.build(o, false)
}

func override(prio int64) fnImpl {
	return func(m *Machine, a []*Thunk, o Origin) Value {
		return mkAttrs(o, "_type", &String{S: "override", O: o}, "priority", &Int{N: prio, O: o}, "content", a[0])
	}
}

func order(prio int64) fnImpl {
	return func(m *Machine, a []*Thunk, o Origin) Value {
		return mkAttrs(o, "_type", &String{S: "order", O: o}, "priority", &Int{N: prio, O: o}, "content", a[0])
	}
}

var libTable = []*prim{
	// trivial.nix
	fn("id", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.Force(a[0]) }),
	fn("const", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.Force(a[0]) }),
	fn("flip", 3, func(m *Machine, a []*Thunk, o Origin) Value { return m.Call(m.Force(a[0]), o, a[2], a[1]) }),
	fn("pipe", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		l, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		v := a[0]
		for _, f := range l.Elems {
			v = Ready(m.Apply(m.Force(f), v, o))
		}
		return m.Force(v)
	}),
	fn("concat", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.concat(m.Force(a[0]), m.Force(a[1]), o) }),
	fn("or", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.boolOp(a, o, func(x, y bool) bool { return x || y })
	}),
	fn("and", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.boolOp(a, o, func(x, y bool) bool { return x && y })
	}),
	fn("xor", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.boolOp(a, o, func(x, y bool) bool { return x != y })
	}),
	fn("boolToString", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		b, bad := m.boolean(m.Force(a[0]), o)
		if bad != nil {
			return bad
		}
		return &String{S: strconv.FormatBool(b), O: o}
	}),
	fn("mod", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		x, bad := m.integer(a[0], o)
		if bad != nil {
			return bad
		}
		y, bad := m.integer(a[1], o)
		if bad != nil {
			return bad
		}
		if y.N == 0 {
			return m.fail(o, "division by zero")
		}
		return &Int{N: x.N - (x.N/y.N)*y.N, O: o}
	}),
	fn("min", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.minMax(a, o, true) }),
	fn("max", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.minMax(a, o, false) }),
	fn("warn", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.Force(a[1]) }),
	fn("warnIf", 3, func(m *Machine, a []*Thunk, o Origin) Value { return m.Force(a[2]) }),
	fn("warnIfNot", 3, func(m *Machine, a []*Thunk, o Origin) Value { return m.Force(a[2]) }),
	fn("traceIf", 3, func(m *Machine, a []*Thunk, o Origin) Value { return m.Force(a[2]) }),
	fn("traceVal", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.Force(a[0]) }),
	fn("traceSeq", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.Force(a[1]) }),
	fn("throwIf", 3, func(m *Machine, a []*Thunk, o Origin) Value { return m.throwIf(a, o, true) }),
	fn("throwIfNot", 3, func(m *Machine, a []*Thunk, o Origin) Value { return m.throwIf(a, o, false) }),
	fn("assertMsg", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.assertMsg(m.Force(a[0]), func() Value { return m.Force(a[1]) }, o)
	}),
	// asserts.nix: assertOneOf name val xs, assertEachOneOf name vals xs.
	fn("assertOneOf", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		in := m.Call(&Func{prim: builtin("elem")}, o, a[1], a[2])
		return m.assertMsg(in, func() Value { return m.oneOfMessage("", a[0], a[2], a[1], o) }, o)
	}),
	fn("assertEachOneOf", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		isOne := &Func{prim: &prim{"assertEachOneOf", 1, func(m *Machine, b []*Thunk, o Origin) Value {
			return m.Call(&Func{prim: builtin("elem")}, o, b[0], a[2])
		}}}
		all := m.Call(&Func{prim: builtin("all")}, o, Ready(isOne), a[1])
		return m.assertMsg(all, func() Value { return m.oneOfMessage("each element in ", a[0], a[2], a[1], o) }, o)
	}),
	fn("fix", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		var x *Thunk
		x = Lazy(func() Value { return m.Apply(f, x, o) })
		return m.Force(x)
	}),
	fn("fix'", 1, func(m *Machine, a []*Thunk, o Origin) Value { return fixUnfix(m, m.Force(a[0]), o) }),
	fn("extends", 2, func(m *Machine, a []*Thunk, o Origin) Value { return extends(m.Force(a[0]), m.Force(a[1])) }),
	composeExtensions,
	fn("composeManyExtensions", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		l, bad := m.list(a[0], o)
		if bad != nil {
			return bad
		}
		// foldr composeExtensions (final: prev: { }).
		var acc Value = &Func{prim: fn("composeManyExtensions-nil", 2, func(m *Machine, a []*Thunk, o Origin) Value {
			return &Attrs{O: o}
		})}
		for i := len(l.Elems) - 1; i >= 0; i-- {
			acc = &Func{prim: composeExtensions, args: []*Thunk{l.Elems[i], Ready(acc)}}
		}
		return acc
	}),
	fn("makeExtensible", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return makeExtensible(m, "extend", m.Force(a[0]), o)
	}),
	fn("makeExtensibleWithCustomName", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		name, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		return makeExtensible(m, name.S, m.Force(a[1]), o)
	}),
	fn("isFunction", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.libIsFunction(m.Force(a[0]), o) }),
	fn("functionArgs", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.libFunctionArgs(a[0], o) }),
	fn("setFunctionArgs", 2, func(m *Machine, a []*Thunk, o Origin) Value { return withFunctionArgs(m.Force(a[0]), a[1], o) }),
	fn("mirrorFunctionArgs", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return withFunctionArgs(m.Force(a[1]), Lazy(func() Value { return m.libFunctionArgs(a[0], o) }), o)
	}),
	fn("toFunction", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		v := m.Force(a[0])
		if _, ok := v.(*Func); ok {
			return v
		}
		return m.Apply(m.libFunc("const"), a[0], o)
	}),
	fn("defaultTo", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		v := m.Force(a[1])
		if _, ok := v.(*Null); ok {
			return m.Force(a[0])
		}
		return v
	}),
	fn("mapNullable", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		v := m.Force(a[1])
		if _, ok := v.(*Null); ok {
			return v
		}
		return m.Apply(m.Force(a[0]), a[1], o)
	}),
	fn("importJSON", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.str(Ready(m.Apply(&Func{prim: builtin("readFile")}, a[0], o)), o)
		if bad != nil {
			return bad
		}
		return m.FromJSON(s, o)
	}),
	fn("importTOML", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.str(Ready(m.Apply(&Func{prim: builtin("readFile")}, a[0], o)), o)
		if bad != nil {
			return bad
		}
		return m.FromTOML(s, o)
	}),

	// customisation.nix
	fn("makeOverridable", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.makeOverridable(a[0], o) }),
	fn("callPackageWith", 3, func(m *Machine, a []*Thunk, o Origin) Value { return m.callPackageWith(a[0], a[1], a[2], o) }),

	// lists.nix
	fn("foldl", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		l, bad := m.list(a[2], o)
		if bad != nil {
			return bad
		}
		acc := a[1]
		for _, e := range l.Elems {
			acc = lazyApply(m, f, o, acc, e)
		}
		return m.Force(acc)
	}),
	fn("foldr", 3, func(m *Machine, a []*Thunk, o Origin) Value { return m.foldr(a, o) }),
	fn("fold", 3, func(m *Machine, a []*Thunk, o Origin) Value { return m.foldr(a, o) }),
	fn("imap0", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.imap(a, o, 0) }),
	fn("imap1", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.imap(a, o, 1) }),
	fn("flatten", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		var out []*Thunk
		var walk func(t *Thunk, depth int) Value
		walk = func(t *Thunk, depth int) Value {
			v := m.Force(t)
			switch v := v.(type) {
			case *List:
				if depth > 100 {
					return unknown(o, "flatten too deep")
				}
				for _, e := range v.Elems {
					if bad := walk(e, depth+1); bad != nil {
						return bad
					}
				}
			case *Unknown:
				return propagate(v, o)
			default:
				out = append(out, t)
			}
			return nil
		}
		if bad := walk(a[0], 0); bad != nil {
			return bad
		}
		return &List{Elems: out, O: o}
	}),
	fn("remove", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		x := m.Force(a[0])
		return m.filterList(a[1], o, func(e Value) (bool, bool) {
			eq, known := m.Equal(x, e)
			return !eq, known
		})
	}),
	fn("subtractLists", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.filterList(a[1], o, func(e Value) (bool, bool) {
			in, known := m.member(a[0], e, o)
			return !in, known
		})
	}),
	fn("intersectLists", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.filterList(a[1], o, func(e Value) (bool, bool) { return m.member(a[0], e, o) })
	}),
	fn("findFirst", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		l, i, bad := m.findIndex(a[0], a[2], o)
		switch {
		case bad != nil:
			return bad
		case i < 0:
			return m.Force(a[1])
		}
		return m.Force(l.Elems[i])
	}),
	fn("count", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		l, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		n := 0
		for _, e := range l.Elems {
			b, bad := m.test(f, o, e)
			if bad != nil {
				return bad
			}
			if b {
				n++
			}
		}
		return &Int{N: int64(n), O: o}
	}),
	fn("optional", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		b, bad := m.boolean(m.Force(a[0]), o)
		if bad != nil {
			return bad
		}
		if b {
			return &List{Elems: []*Thunk{a[1]}, O: o}
		}
		return &List{O: o}
	}),
	fn("optionals", 2, conditional(func(o Origin) Value { return &List{O: o} })),
	fn("toList", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		v := m.Force(a[0])
		switch v := v.(type) {
		case *List:
			return v
		case *Unknown:
			return propagate(v, o)
		}
		return &List{Elems: []*Thunk{a[0]}, O: o}
	}),
	fn("singleton", 1, func(m *Machine, a []*Thunk, o Origin) Value { return &List{Elems: []*Thunk{a[0]}, O: o} }),
	fn("forEach", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.Call(&Func{prim: builtin("map")}, o, a[1], a[0])
	}),
	fn("range", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		x, bad := m.integer(a[0], o)
		if bad != nil {
			return bad
		}
		y, bad := m.integer(a[1], o)
		if bad != nil {
			return bad
		}
		if y.N-x.N > 10_000_000 || !m.charge(int(max(0, y.N-x.N))) {
			return m.exhausted(o, budgetExhausted)
		}
		var elems []*Thunk
		for i := x.N; i <= y.N; i++ {
			elems = append(elems, Ready(&Int{N: i, O: o}))
		}
		return &List{Elems: elems, O: o}
	}),
	fn("replicate", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		n, bad := m.integer(a[0], o)
		if bad != nil {
			return bad
		}
		if n.N > 10_000_000 || !m.charge(int(max(0, n.N))) {
			return m.exhausted(o, budgetExhausted)
		}
		elems := make([]*Thunk, max(0, n.N))
		for i := range elems {
			elems[i] = a[1]
		}
		return &List{Elems: elems, O: o}
	}),
	fn("last", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		l, bad := m.list(a[0], o)
		if bad != nil {
			return bad
		}
		if len(l.Elems) == 0 {
			return m.throw(o, "lists.last: list must not be empty!")
		}
		return m.Force(l.Elems[len(l.Elems)-1])
	}),
	fn("init", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		l, bad := m.list(a[0], o)
		if bad != nil {
			return bad
		}
		if len(l.Elems) == 0 {
			return m.throw(o, "lists.init: list must not be empty!")
		}
		return &List{Elems: l.Elems[:len(l.Elems)-1], O: o}
	}),
	fn("take", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.slice(a[1], a[0], nil, o) }),
	fn("drop", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.slice(a[1], nil, a[0], o) }),
	fn("sublist", 3, func(m *Machine, a []*Thunk, o Origin) Value { return m.slice(a[2], a[1], a[0], o) }),
	fn("findFirstIndex", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		_, i, bad := m.findIndex(a[0], a[2], o)
		switch {
		case bad != nil:
			return bad
		case i < 0:
			return m.Force(a[1])
		}
		return &Int{N: int64(i), O: o}
	}),
	fn("compareLists", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		cmp := m.Force(a[0])
		x, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		y, bad := m.list(a[2], o)
		if bad != nil {
			return bad
		}
		for i := 0; ; i++ {
			switch {
			case i == len(x.Elems) && i == len(y.Elems):
				return &Int{N: 0, O: o}
			case i == len(x.Elems):
				return &Int{N: -1, O: o}
			case i == len(y.Elems):
				return &Int{N: 1, O: o}
			}
			rel := m.Call(cmp, o, x.Elems[i], y.Elems[i])
			eq, known := m.Equal(rel, &Int{N: 0})
			if !known {
				return unknown(o, "compareLists with an unknown comparison")
			}
			if !eq {
				return rel
			}
		}
	}),
	fn("reverseList", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		l, bad := m.list(a[0], o)
		if bad != nil {
			return bad
		}
		elems := make([]*Thunk, len(l.Elems))
		for i, e := range l.Elems {
			elems[len(elems)-1-i] = e
		}
		return &List{Elems: elems, O: o}
	}),
	fn("sortOn", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		l, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		keys := make(map[*Thunk]*Thunk, len(l.Elems))
		for _, e := range l.Elems {
			keys[e] = Ready(m.Apply(f, e, o))
		}
		cmp := &Func{prim: &prim{"sortOn-compare", 2, func(m *Machine, b []*Thunk, o Origin) Value {
			return m.lessThan(m.Force(keys[b[0]]), m.Force(keys[b[1]]), o)
		}}}
		return m.sortList(cmp, l, o)
	}),
	fn("unique", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.unique(a[0], o) }),
	fn("uniqList", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.attrs(a[0], o)
		if bad != nil {
			return bad
		}
		t := s.Lookup("inputList")
		if t == nil {
			return unknown(o, "uniqList without inputList")
		}
		return m.unique(t, o)
	}),
	fn("allUnique", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		l, bad := m.list(a[0], o)
		if bad != nil {
			return bad
		}
		u, bad := as[*List](m, m.unique(a[0], o), o, "a list")
		if bad != nil {
			return bad
		}
		return m.bool(len(u.Elems) == len(l.Elems), o)
	}),
	fn("zipLists", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.zipLists(a[0], a[1], o, func(x, y *Thunk) *Thunk {
			return Ready(mkAttrs(o, "fst", x, "snd", y))
		})
	}),
	fn("zipListsWith", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		return m.zipLists(a[1], a[2], o, func(x, y *Thunk) *Thunk { return lazyApply(m, f, o, x, y) })
	}),
	fn("mutuallyExclusive", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		l, bad := m.list(a[0], o)
		if bad != nil {
			return bad
		}
		allKnown := true
		for _, e := range l.Elems {
			in, known := m.member(a[1], m.Force(e), o)
			if known && in {
				return m.bool(false, o)
			}
			allKnown = allKnown && known
		}
		if !allKnown {
			return unknown(o, "membership in a partially known list")
		}
		return m.bool(true, o)
	}),
	fn("listDfs", 3, func(m *Machine, a []*Thunk, o Origin) Value { return m.listDfsValue(a, o) }),
	fn("toposort", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.toposort(a[0], a[1], o) }),
	fn("ifilter0", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		l, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		var out []*Thunk
		for i, e := range l.Elems {
			b, bad := m.test(f, o, Ready(&Int{N: int64(i), O: o}), e)
			if bad != nil {
				return bad
			}
			if b {
				out = append(out, e)
			}
		}
		return &List{Elems: out, O: o}
	}),

	// strings.nix
	fn("concatStrings", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.joinStrings(a[0], "", o) }),
	fn("concatMapStrings", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.joinStrings(Ready(m.Call(&Func{prim: builtin("map")}, o, a[0], a[1])), "", o)
	}),
	fn("concatMapStringsSep", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		sep, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		return m.joinStrings(Ready(m.Call(&Func{prim: builtin("map")}, o, a[1], a[2])), sep.S, o)
	}),
	fn("concatImapStrings", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.joinStrings(Ready(m.imap(a, o, 1)), "", o)
	}),
	fn("concatImapStringsSep", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		sep, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		return m.joinStrings(Ready(m.imap(a[1:], o, 1)), sep.S, o)
	}),
	fn("concatLines", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := as[*String](m, m.joinStrings(a[0], "\n", o), o, "a string")
		if bad != nil {
			return bad
		}
		l, _ := m.list(a[0], o)
		if l != nil && len(l.Elems) == 0 {
			return &String{O: o}
		}
		return &String{S: s.S + "\n", O: o}
	}),
	fn("splitString", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		sep, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		s, bad := m.stringish(a[1], o)
		if bad != nil {
			return bad
		}
		var elems []*Thunk
		if sep.S == "" {
			// Nix splits on the empty regex: "", then each character, then "".
			elems = append(elems, Ready(&String{O: o}))
			for i := range len(s.S) {
				elems = append(elems, Ready(subString(s, i, i+1, o)))
			}
			elems = append(elems, Ready(&String{O: o}))
			return &List{Elems: elems, O: o}
		}
		prev := 0
		for {
			i := strings.Index(s.S[prev:], sep.S)
			if i < 0 {
				break
			}
			elems = append(elems, Ready(subString(s, prev, prev+i, o)))
			prev += i + len(sep.S)
		}
		elems = append(elems, Ready(subString(s, prev, len(s.S), o)))
		return &List{Elems: elems, O: o}
	}),
	fn("hasPrefix", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.strPred(a, o, strings.HasPrefix)
	}),
	fn("hasSuffix", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.strPred(a, o, strings.HasSuffix)
	}),
	fn("hasInfix", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.strPred(a, o, strings.Contains)
	}),
	fn("removePrefix", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		p, bad := m.storeString(a[0], o)
		if bad != nil {
			return bad
		}
		s, bad := m.storeString(a[1], o)
		if bad != nil {
			return bad
		}
		if strings.HasPrefix(s.S, p.S) {
			return subString(s, len(p.S), len(s.S), o)
		}
		return s
	}),
	fn("removeSuffix", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.removeSuffix(a[0], a[1], o) }),
	fn("fileContents", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.removeSuffix(Ready(&String{S: "\n", O: o}), Ready(m.Apply(&Func{prim: builtin("readFile")}, a[0], o)), o)
	}),
	fn("toUpper", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.mapString(a[0], o, asciiUpper) }),
	fn("toLower", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.mapString(a[0], o, asciiLower) }),
	fn("stringToCharacters", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		elems := make([]*Thunk, len(s.S))
		for i := range elems {
			elems[i] = Ready(subString(s, i, i+1, o))
		}
		return &List{Elems: elems, O: o}
	}),
	fn("trim", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.trim(a[0], o, true, true) }),
	fn("trimWith", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		opts, bad := m.attrs(a[0], o)
		if bad != nil {
			return bad
		}
		flag := func(name string) (bool, Value) {
			t := opts.Lookup(name)
			if t == nil {
				return false, nil
			}
			return m.boolean(m.Force(t), o)
		}
		start, bad := flag("start")
		if bad != nil {
			return bad
		}
		end, bad := flag("end")
		if bad != nil {
			return bad
		}
		return m.trim(a[1], o, start, end)
	}),
	fn("optionalString", 2, conditional(func(o Origin) Value { return &String{O: o} })),
	fn("escape", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		chars, bad := m.stringList(a[0], o)
		if bad != nil {
			return bad
		}
		s, bad := m.str(a[1], o)
		if bad != nil {
			return bad
		}
		return &String{S: escapeChars(s.S, chars), O: o}
	}),
	fn("escapeRegex", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.mapString(a[0], o, EscapeRegex) }),
	fn("escapeShellArg", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.escapeShellArg(a[0], o) }),
	fn("escapeNixString", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.mapString(a[0], o, EscapeNixString) }),
	fn("escapeNixIdentifier", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.mapString(a[0], o, EscapeNixIdentifier) }),
	fn("charToInt", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		if len(s.S) != 1 {
			return unknown(o, "charToInt of more than one byte")
		}
		return &Int{N: int64(s.S[0]), O: o}
	}),
	fn("toInt", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.toInt(a[0], o, false) }),
	fn("toIntBase10", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.toInt(a[0], o, true) }),
	fn("intersperse", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		l, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		var out []*Thunk
		for i, e := range l.Elems {
			if i > 0 {
				out = append(out, a[0])
			}
			out = append(out, e)
		}
		return &List{Elems: out, O: o}
	}),
	fn("stringAsChars", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		chars := m.Apply(m.libFunc("stringToCharacters"), a[1], o)
		return m.joinStrings(Ready(m.Call(&Func{prim: builtin("map")}, o, a[0], Ready(chars))), "", o)
	}),
	fn("isStringLike", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		switch v := m.Force(a[0]).(type) {
		case *String, *Path:
			return m.bool(true, o)
		case *Attrs:
			if v.Lookup("outPath") != nil || v.Lookup("__toString") != nil {
				return m.bool(true, o)
			}
			if v.Open {
				return unknown(o, "isStringLike of a partially known set")
			}
		case *Unknown:
			return propagate(v, o)
		}
		return m.bool(false, o)
	}),
	fn("versionOlder", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.versionCmp(a, o, -1) }),
	fn("versionAtLeast", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.versionCmp(a, o, 1) }),

	// attrsets.nix
	fn("mapAttrs'", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		pairs := m.mapAttrsToList(m.Force(a[0]), a[1], o)
		return m.Apply(&Func{prim: builtin("listToAttrs")}, Ready(pairs), o)
	}),
	fn("mapAttrsToList", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.mapAttrsToList(m.Force(a[0]), a[1], o) }),
	fn("updateManyAttrsByPath", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.updateManyAttrsByPath(a[0], a[1], o)
	}),
	fn("attrsToList", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		pair := &Func{prim: &prim{"attrsToList-pair", 2, func(m *Machine, b []*Thunk, o Origin) Value {
			return mkAttrs(o, "name", b[0], "value", b[1])
		}}}
		return m.mapAttrsToList(pair, a[0], o)
	}),
	fn("mapAttrsRecursive", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.mapAttrsRecursive(nil, m.Force(a[0]), nil, a[1], o, 0)
	}),
	fn("mapAttrsToListRecursive", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.mapAttrsToListRecursive(nil, m.Force(a[0]), a[1], o)
	}),
	fn("mapAttrsToListRecursiveCond", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.mapAttrsToListRecursive(m.Force(a[0]), m.Force(a[1]), a[2], o)
	}),
	fn("mapAttrsRecursiveCond", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.mapAttrsRecursive(m.Force(a[0]), m.Force(a[1]), nil, a[2], o, 0)
	}),
	fn("matchAttrs", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.matchAttrs(a[0], a[1], o, 0) }),
	fn("filterAttrs", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.filterAttrs(m.Force(a[0]), a[1], o, false, 0)
	}),
	fn("genAttrs", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		l, bad := m.list(a[0], o)
		if bad != nil {
			return bad
		}
		f := m.Force(a[1])
		var b attrsBuilder
		open := false
		for _, e := range l.Elems {
			n, bad := m.str(e, o)
			if bad != nil {
				if Failure(bad) != nil {
					return bad
				}
				open = true
				continue
			}
			b.add(n.S, lazyApply(m, f, o, Ready(n)), n.O)
		}
		return b.build(o, open)
	}),
	fn("nameValuePair", 2, func(m *Machine, a []*Thunk, o Origin) Value { return mkAttrs(o, "name", a[0], "value", a[1]) }),
	fn("attrByPath", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		v, found := m.attrPath(a[0], a[2], o)
		if !found {
			if v != nil {
				return v
			}
			return m.Force(a[1])
		}
		return v
	}),
	fn("getAttrFromPath", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		v, found := m.attrPath(a[0], a[1], o)
		if !found {
			if v != nil {
				return v
			}
			names, _ := m.stringList(a[0], o)
			return m.abort(o, "cannot find attribute '"+strings.Join(names, ".")+"'")
		}
		return v
	}),
	fn("hasAttrByPath", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		v, found := m.attrPath(a[0], a[1], o)
		if !found && v != nil {
			return v
		}
		return m.bool(found, o)
	}),
	fn("setAttrByPath", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		names, bad := m.stringList(a[0], o)
		if bad != nil {
			return bad
		}
		return atPath(m, names, a[1], o)
	}),
	fn("attrVals", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		names, bad := m.stringList(a[0], o)
		if bad != nil {
			return bad
		}
		s := m.Force(a[1])
		elems := make([]*Thunk, len(names))
		for i, n := range names {
			n := n
			elems[i] = Lazy(func() Value { return m.selectName(s, n, o) })
		}
		return &List{Elems: elems, O: o}
	}),
	fn("getAttrs", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		names, bad := m.stringList(a[0], o)
		if bad != nil {
			return bad
		}
		s := m.Force(a[1])
		var b attrsBuilder
		for _, n := range names {
			n := n
			b.add(n, Lazy(func() Value { return m.selectName(s, n, o) }), o)
		}
		return b.build(o, false)
	}),
	fn("recursiveUpdate", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.recursiveUpdate(nil, nil, a[0], a[1], o, 0) }),
	fn("recursiveUpdateUntil", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.recursiveUpdate(m.Force(a[0]), nil, a[1], a[2], o, 0)
	}),
	fn("optionalAttrs", 2, conditional(func(o Origin) Value { return &Attrs{O: o} })),
	fn("foldlAttrs", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		s, bad := m.attrs(a[2], o)
		if bad != nil {
			return bad
		}
		if s.Open {
			return unknown(o, "foldlAttrs over a partially known set")
		}
		acc := a[1]
		names := m.setNames(s)
		for i := range s.Names {
			acc = Ready(m.Call(f, o, acc, names.at(i, o), s.Vals[i]))
		}
		return m.Force(acc)
	}),
	fn("concatMapAttrs", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		parts := m.mapAttrsToList(m.Force(a[0]), a[1], o)
		return m.mergeAttrsList(Ready(parts), o)
	}),
	fn("mergeAttrsList", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.mergeAttrsList(a[0], o) }),
	fn("zipAttrs", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.Call(&Func{prim: builtin("zipAttrsWith")}, o, Ready(&Func{prim: &prim{"zipAttrs-values", 2,
			func(m *Machine, b []*Thunk, o Origin) Value { return m.Force(b[1]) }}}), a[0])
	}),
	fn("collect", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		var out []*Thunk
		var walk func(t *Thunk, depth int) Value
		walk = func(t *Thunk, depth int) Value {
			b, bad := m.test(f, o, t)
			if bad != nil {
				return bad
			}
			if b {
				out = append(out, t)
				return nil
			}
			if s, ok := m.Force(t).(*Attrs); ok && depth < 100 {
				if s.Open {
					return unknown(o, "collect over a partially known set")
				}
				for _, v := range s.Vals {
					if bad := walk(v, depth+1); bad != nil {
						return bad
					}
				}
			}
			return nil
		}
		if bad := walk(a[1], 0); bad != nil {
			return bad
		}
		return &List{Elems: out, O: o}
	}),

	// modules.nix
	fn("mkIf", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return mkAttrs(o, "_type", &String{S: "if", O: o}, "condition", a[0], "content", a[1])
	}),
	fn("mkMerge", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return mkAttrs(o, "_type", &String{S: "merge", O: o}, "contents", a[0])
	}),
	// mkIf option.isDefined (wrap (mkMerge option.definitions)).
	fn("mkAliasAndWrapDefinitions", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.aliasDefinitions(a[0], a[1], false, o)
	}),
	fn("mkAliasDefinitions", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.aliasDefinitions(Ready(m.libFunc("id")), a[0], false, o)
	}),
	fn("mkAliasAndWrapDefsWithPriority", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.aliasDefinitions(a[0], a[1], true, o)
	}),
	fn("mkAliasIfDef", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		isDefined := Lazy(func() Value { return m.selectName(m.Force(a[0]), "isDefined", o) })
		return mkAttrs(o, "_type", &String{S: "if", O: o}, "condition", isDefined, "content", a[1])
	}),
	fn("mkOverride", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return mkAttrs(o, "_type", &String{S: "override", O: o}, "priority", a[0], "content", a[1])
	}),
	fn("mkOrder", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return mkAttrs(o, "_type", &String{S: "order", O: o}, "priority", a[0], "content", a[1])
	}),
	fn("mkOptionDefault", 1, override(PrioOptionDefault)),
	fn("mkDefault", 1, override(PrioDefault)),
	fn("mkImageMediaOverride", 1, override(60)),
	fn("mkForce", 1, override(PrioForce)),
	fn("mkVMOverride", 1, override(10)),
	fn("mkBefore", 1, order(OrderBefore)),
	fn("mkAfter", 1, order(OrderAfter)),
	fn("mkOption", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.update(m.Force(a[0]), mkAttrs(o, "_type", &String{S: "option", O: o}), o)
	}),
	fn("mkEnableOption", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return mkAttrs(o, "_type", &String{S: "option", O: o}, "default", &Bool{O: o}, "type", optionType(TypeBool, o))
	}),
	fn("literalExpression", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return mkAttrs(o, "_type", &String{S: "literalExpression", O: o}, "text", a[0])
	}),
	fn("literalMD", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return mkAttrs(o, "_type", &String{S: "literalMD", O: o}, "text", a[0])
	}),
	fn("evalModules", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.evalModules(a[0], o) }),
	// mkAliasOptionModule from to: a module declaring the option from, whose
	// definitions the analysis forwards to to: the policy's by AliasMarker,
	// another option's by a definition of to that MergeOptions replaces
	// with those of from (aliasProp), where the module is.
	fn("mkAliasOptionModule", 2, aliasModule),
	// lib.mkRenamedOptionModule is the same module; its warning goes to
	// config.warnings only where that option exists (not in flake-parts).
	fn("mkRenamedOptionModule", 2, aliasModule),
	// lib.mkRemovedOptionModule: a module function of options declaring
	// the option and asserting that it is not set; flake-parts has no
	// option assertions, so Nix reports that one does not exist, showing
	// the assertion: known when options says whether the option is
	// defined (the files of its definitions are not modelled: the message
	// is known when there are none).
	fn("mkRemovedOptionModule", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		path, bad := m.stringList(a[0], o)
		if bad != nil {
			return bad
		}
		return &Func{prim: &prim{"mkRemovedOptionModule", 1, func(m *Machine, args []*Thunk, _ Origin) Value {
			isDefined := Lazy(func() Value {
				v := m.selectName(m.Force(args[0]), "options", o)
				for _, n := range path {
					v = m.selectName(v, n, o)
				}
				return m.selectName(v, "isDefined", o)
			})
			assertion := Lazy(func() Value {
				b, ok := m.Force(isDefined).(*Bool)
				if !ok {
					return &Unknown{Reason: "whether the removed option is set", O: o}
				}
				return m.bool(!b.B, o)
			})
			message := Lazy(func() Value {
				b, ok := m.Force(isDefined).(*Bool)
				instructions, isStr := m.Force(a[1]).(*String)
				if !ok || b.B || !isStr {
					return &Unknown{Reason: "the removed option's message", O: o}
				}
				return &String{S: "The option definition `" + showOptionPath(path) + "' in  no longer has any effect; please remove it.\n" + instructions.S + "\n", O: o}
			})
			var config attrsBuilder
			config.add("assertions", Ready(&List{Elems: []*Thunk{Ready(mkAttrs(o, "assertion", assertion, "message", message))}, O: o}), o)
			return mkAttrs(o, "options", atPath(m, path, Ready(mkAttrs(o, "_type", &String{S: "option", O: o})), o), "config", config.build(o, false))
		}}}
	}),
	// lib.mkMergedOptionModule from to mergeFn: options at each path of
	// from (defaulting to a marker), config.warnings (an option flake-parts
	// does not have, so Nix reports that it does not exist) and to's
	// definition mergeFn config, neither of which the analysis words.
	fn("mkMergedOptionModule", 3, mergedOptionModule),
	// lib.mkChangedOptionModule from to changeFn: the same, of one path.
	fn("mkChangedOptionModule", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		return mergedOptionModule(m, []*Thunk{Ready(&List{Elems: []*Thunk{a[0]}, O: o}), a[1], a[2]}, o)
	}),
	fn("mkRenamedOptionModuleWith", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		args, ok := m.Force(a[0]).(*Attrs)
		from, to := args.Lookup("from"), args.Lookup("to")
		if !ok || from == nil || to == nil {
			return &Unknown{Reason: "mkRenamedOptionModuleWith without from and to", O: o}
		}
		return aliasModule(m, []*Thunk{from, to}, o)
	}),
	fn("setDefaultModuleLocation", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return mkAttrs(o, "_file", a[0], "imports", &List{Elems: []*Thunk{a[1]}, O: o})
	}),
	// flake-parts' lib.importApply (modules taking static arguments).
	fn("importApply", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		imported := Lazy(func() Value { return m.Apply(m.Apply(&Func{prim: builtin("import")}, a[0], o), a[1], o) })
		return mkAttrs(o, "_file", a[0], "imports", &List{Elems: []*Thunk{imported}, O: o})
	}),

	// more of strings.nix, lists.nix, attrsets.nix, filesystem.nix
	fn("foldAttrs", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		f := m.Force(a[0])
		vals, keys, bad := m.byName(a[2], o)
		if bad != nil {
			return bad
		}
		var b attrsBuilder
		for n, vs := range vals {
			acc := a[1]
			for i := len(vs) - 1; i >= 0; i-- {
				acc = lazyApply(m, f, o, vs[i], acc)
			}
			b.add(n, acc, keys[n])
		}
		return b.build(o, false)
	}),
	fn("naturalSort", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		l, bad := m.list(a[0], o)
		if bad != nil {
			return bad
		}
		strs := make([]*String, len(l.Elems))
		for i, e := range l.Elems {
			s, bad := m.str(e, o)
			if bad != nil {
				return bad
			}
			strs[i] = s
		}
		elems := append([]*Thunk(nil), l.Elems...)
		idx := make([]int, len(elems))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(i, j int) bool { return naturalLess(strs[idx[i]].S, strs[idx[j]].S) })
		out := make([]*Thunk, len(idx))
		for i, k := range idx {
			out[i] = elems[k]
		}
		return &List{Elems: out, O: o}
	}),
	fn("fixedWidthString", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		w, bad := m.integer(a[0], o)
		if bad != nil {
			return bad
		}
		filler, bad := m.str(a[1], o)
		if bad != nil {
			return bad
		}
		s, bad := m.str(a[2], o)
		if bad != nil {
			return bad
		}
		return m.fixedWidth(int(w.N), filler.S, s.S, o)
	}),
	fn("fixedWidthNumber", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		w, bad := m.integer(a[0], o)
		if bad != nil {
			return bad
		}
		n, bad := m.integer(a[1], o)
		if bad != nil {
			return bad
		}
		return m.fixedWidth(int(w.N), "0", strconv.FormatInt(n.N, 10), o)
	}),
	fn("cartesianProduct", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.attrs(a[0], o)
		if bad != nil {
			return bad
		}
		if s.Open {
			return unknown(o, "cartesianProduct of a partially known set")
		}
		combos := [][]*Thunk{nil}
		for i := range s.Names {
			l, bad := m.list(s.Vals[i], o)
			if bad != nil {
				return bad
			}
			var next [][]*Thunk
			for _, c := range combos {
				for _, e := range l.Elems {
					next = append(next, append(c[:len(c):len(c)], e))
				}
			}
			if !m.charge(len(next)) {
				return m.exhausted(o, budgetExhausted)
			}
			combos = next
		}
		out := make([]*Thunk, len(combos))
		for i, c := range combos {
			var b attrsBuilder
			for j, n := range s.Names {
				b.add(n, c[j], s.Keys[j])
			}
			out[i] = Ready(b.build(o, false))
		}
		return &List{Elems: out, O: o}
	}),
	fn("listFilesRecursive", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		var out []*Thunk
		var walk func(dir Value, depth int) Value
		walk = func(dir Value, depth int) Value {
			ents, bad := as[*Attrs](m, m.Apply(&Func{prim: builtin("readDir")}, Ready(dir), o), o, "a set")
			if bad != nil {
				return bad
			}
			for i, n := range ents.Names {
				p := m.add(dir, &String{S: "/" + n, O: o}, o)
				if t, ok := m.Force(ents.Vals[i]).(*String); ok && t.S == "directory" && depth < 64 {
					if bad := walk(p, depth+1); bad != nil {
						return bad
					}
					continue
				}
				out = append(out, Ready(p))
			}
			return nil
		}
		if bad := walk(m.Force(a[0]), 0); bad != nil {
			return bad
		}
		return &List{Elems: out, O: o}
	}),

	// versions.nix (major, minor, patch and pad are below, with the
	// functions of one namespace only)
	fn("majorMinor", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		parts, bad := m.versionParts(a[0], o)
		if bad != nil {
			return bad
		}
		return &String{S: strings.Join(parts[:min(2, len(parts))], "."), O: o}
	}),

	// trivial.nix: numbers in other bases
	fn("toBaseDigits", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		digits, bad := m.baseDigits(a[0], a[1], o)
		if bad != nil {
			return bad
		}
		elems := make([]*Thunk, len(digits))
		for i, d := range digits {
			elems[i] = Ready(&Int{N: d, O: o})
		}
		return &List{Elems: elems, O: o}
	}),
	fn("toHexString", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		// toHexString's own argument is called i too, so the assertions
		// read the same.
		digits, bad := m.baseDigits(Ready(&Int{N: 16, O: o}), a[0], o)
		if bad != nil {
			return bad
		}
		var b strings.Builder
		for _, d := range digits {
			b.WriteByte("0123456789ABCDEF"[d])
		}
		return &String{S: b.String(), O: o}
	}),
	fn("compare", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		x, y := m.Force(a[0]), m.Force(a[1])
		for _, c := range []struct {
			l, r Value
			n    int64
		}{{x, y, -1}, {y, x, 1}} {
			lt, bad := m.boolean(m.lessThan(c.l, c.r, o), o)
			if bad != nil {
				return bad
			}
			if lt {
				return &Int{N: c.n, O: o}
			}
		}
		return &Int{N: 0, O: o}
	}),
	fn("bitNot", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.arith(token.MINUS, &Int{N: -1, O: o}, m.Force(a[0]), o)
	}),
	fn("boolToYesNo", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		b, bad := m.boolean(m.Force(a[0]), o)
		if bad != nil {
			return bad
		}
		return &String{S: map[bool]string{true: "yes", false: "no"}[b], O: o}
	}),
	fn("checkListOfEnum", 4, func(m *Machine, a []*Thunk, o Origin) Value {
		msg, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		unexpected, bad := as[*List](m, m.Call(m.libFunc("subtractLists"), o, a[1], a[2]), o, "a list")
		if bad != nil {
			return bad
		}
		if len(unexpected.Elems) == 0 {
			return m.Force(a[3])
		}
		show := func(l *List) (*String, Value) {
			return m.str(Ready(m.joinStrings(Ready(m.Call(&Func{prim: builtin("map")}, o, Ready(&Func{prim: builtin("toString")}), Ready(l))), ", ", o)), o)
		}
		u, bad := show(unexpected)
		if bad != nil {
			return bad
		}
		valid, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		v, bad := show(valid)
		if bad != nil {
			return bad
		}
		return m.throw(o, "%s: %s unexpected; valid ones: %s", msg.S, u.S, v.S)
	}),

	// lists.nix
	fn("findSingle", 4, func(m *Machine, a []*Thunk, o Origin) Value {
		found, bad := as[*List](m, m.Call(&Func{prim: builtin("filter")}, o, a[0], a[3]), o, "a list")
		if bad != nil {
			return bad
		}
		switch len(found.Elems) {
		case 0:
			return m.Force(a[1])
		case 1:
			return m.Force(found.Elems[0])
		}
		return m.Force(a[2])
	}),
	fn("groupBy'", 4, func(m *Machine, a []*Thunk, o Origin) Value {
		fold := &Func{prim: &prim{"groupBy'-fold", 2, func(m *Machine, b []*Thunk, o Origin) Value {
			return m.Call(m.libFunc("foldl"), o, a[0], a[1], b[1])
		}}}
		groups := m.Call(&Func{prim: builtin("groupBy")}, o, a[2], a[3])
		return m.Call(&Func{prim: builtin("mapAttrs")}, o, Ready(fold), Ready(groups))
	}),
	fn("crossLists", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		lists, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		fs := []*Thunk{a[0]}
		for _, t := range lists.Elems {
			args, bad := m.list(t, o)
			if bad != nil {
				return bad
			}
			if !m.charge(len(fs) * len(args.Elems)) {
				return m.exhausted(o, budgetExhausted)
			}
			next := make([]*Thunk, 0, len(fs)*len(args.Elems))
			for _, f := range fs {
				for _, arg := range args.Elems {
					f, arg := f, arg
					next = append(next, Lazy(func() Value { return m.Apply(m.Force(f), arg, o) }))
				}
			}
			fs = next
		}
		return &List{Elems: fs, O: o}
	}),
	fn("takeEnd", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.sliceEnd(a, o, true) }),
	fn("dropEnd", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.sliceEnd(a, o, false) }),
	fn("commonPrefix", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		x, bad := m.list(a[0], o)
		if bad != nil {
			return bad
		}
		y, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		n := 0
		for ; n < min(len(x.Elems), len(y.Elems)); n++ {
			eq, known := m.Equal(m.Force(x.Elems[n]), m.Force(y.Elems[n]))
			if !known {
				return unknown(o, "commonPrefix of unknown elements")
			}
			if !eq {
				break
			}
		}
		return &List{Elems: x.Elems[:n], O: o}
	}),
	fn("uniqueStrings", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		groups := m.Call(&Func{prim: builtin("groupBy")}, o, Ready(m.libFunc("id")), a[0])
		return m.Apply(&Func{prim: builtin("attrNames")}, Ready(groups), o)
	}),
	fn("concatAttrValues", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.Apply(&Func{prim: builtin("concatLists")}, Ready(m.Apply(&Func{prim: builtin("attrValues")}, a[0], o)), o)
	}),
	fn("replaceElemAt", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		l, i, in, bad := m.listIndex(a[0], a[1], o)
		if bad != nil {
			return bad
		}
		if !in {
			return m.throw(o, "'lists.replaceElemAt' called with index %d on a list of size %d", i, len(l.Elems))
		}
		elems := append([]*Thunk(nil), l.Elems...)
		elems[i] = a[2]
		return &List{Elems: elems, O: o}
	}),

	// strings.nix
	fn("replaceString", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		one := func(t *Thunk) *Thunk { return Ready(&List{Elems: []*Thunk{t}, O: o}) }
		return m.Call(&Func{prim: builtin("replaceStrings")}, o, one(a[0]), one(a[1]), a[2])
	}),
	fn("escapeShellArgs", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.escapeShellArgs(a[0], o) }),
	fn("isValidPosixName", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		return m.bool(posixName.MatchString(s.S), o)
	}),
	fn("toShellVar", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.toShellVar(a[0], a[1], o) }),
	fn("toShellVars", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		f := &Func{prim: &prim{"toShellVar", 2, func(m *Machine, b []*Thunk, o Origin) Value { return m.toShellVar(b[0], b[1], o) }}}
		return m.joinStrings(Ready(m.mapAttrsToList(f, a[0], o)), "\n", o)
	}),
	fn("concatMapAttrsStringSep", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		sep, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		mapped := m.Call(&Func{prim: builtin("mapAttrs")}, o, a[1], a[2])
		return m.joinStrings(Ready(m.Apply(&Func{prim: builtin("attrValues")}, Ready(mapped), o)), sep.S, o)
	}),
	fn("getName", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.drvNamePart(a[0], "pname", "name", o) }),
	fn("getVersion", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.drvNamePart(a[0], "version", "version", o) }),

	// attrsets.nix
	fn("filterAttrsRecursive", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.filterAttrs(m.Force(a[0]), a[1], o, true, 0)
	}),
	fn("zipAttrsWithNames", 3, func(m *Machine, a []*Thunk, o Origin) Value {
		names, bad := m.list(a[0], o)
		if bad != nil {
			return bad
		}
		f := m.Force(a[1])
		pairs := make([]*Thunk, len(names.Elems))
		for i, n := range names.Elems {
			vals := Lazy(func() Value { return m.Call(&Func{prim: builtin("catAttrs")}, o, n, a[2]) })
			pairs[i] = Ready(mkAttrs(o, "name", n, "value", lazyApply(m, f, o, n, vals)))
		}
		return m.Apply(&Func{prim: builtin("listToAttrs")}, Ready(&List{Elems: pairs, O: o}), o)
	}),
	fn("showAttrPath", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		l, bad := m.list(a[0], o)
		if bad != nil {
			return bad
		}
		if len(l.Elems) == 0 {
			return &String{S: "<root attribute path>", O: o}
		}
		escape := &Func{prim: &prim{"escapeNixIdentifier", 1, func(m *Machine, b []*Thunk, o Origin) Value {
			return m.mapString(b[0], o, EscapeNixIdentifier)
		}}}
		return m.joinStrings(Ready(m.Call(&Func{prim: builtin("map")}, o, Ready(escape), a[0])), ".", o)
	}),
	fn("unionOfDisjoint", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		x, bad := m.attrs(a[0], o)
		if bad != nil {
			return bad
		}
		y, bad := m.attrs(a[1], o)
		if bad != nil {
			return bad
		}
		union := m.update(x, y, o)
		if x.Open || y.Open {
			return union
		}
		var collisions []string
		for _, n := range x.Names {
			if y.Lookup(n) != nil {
				collisions = append(collisions, n)
			}
		}
		var mask attrsBuilder
		for _, n := range collisions {
			mask.add(n, Ready(m.throw(o, "unionOfDisjoint: collision on %s; complete list: %s", n, strings.Join(collisions, " "))), Origin{})
		}
		return m.update(union, mask.build(o, false), o)
	}),
	fn("genAttrs'", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.Apply(&Func{prim: builtin("listToAttrs")}, Ready(m.Call(&Func{prim: builtin("map")}, o, a[1], a[0])), o)
	}),
	fn("mapCartesianProduct", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.Call(&Func{prim: builtin("map")}, o, a[0], Ready(m.Apply(m.libFunc("cartesianProduct"), a[1], o)))
	}),
	fn("overrideExisting", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		pick := &Func{prim: &prim{"overrideExisting-pick", 2, func(m *Machine, b []*Thunk, o Origin) Value {
			n, bad := m.str(b[0], o)
			if bad != nil {
				return bad
			}
			// new.${name} or value: the default also when new is no set.
			nw, isSet := m.Force(a[1]).(*Attrs)
			if u, ok := m.Force(a[1]).(*Unknown); ok {
				return propagate(u, o)
			}
			if !isSet {
				return m.Force(b[1])
			}
			if t := nw.Lookup(n.S); t != nil {
				return m.Force(t)
			}
			if nw.Open {
				return unknown(o, "attribute "+n.S+" of a partially known set")
			}
			return m.Force(b[1])
		}}}
		return m.Call(&Func{prim: builtin("mapAttrs")}, o, Ready(pick), a[0])
	}),

	// versions.nix, the functions of lib.versions only
	fn("major", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.versionPart(a[0], 0, o) }),
	fn("minor", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.versionPart(a[0], 1, o) }),
	fn("patch", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.versionPart(a[0], 2, o) }),
	fn("pad", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		n, bad := m.integer(a[0], o)
		if bad != nil {
			return bad
		}
		v, bad := m.str(a[1], o)
		if bad != nil {
			return bad
		}
		if n.N < 0 {
			return m.fail(o, "cannot create list of size %d", n.N)
		}
		numeric, _, _ := strings.Cut(v.S, "-")
		parts := splitVersion(numeric)
		for int64(len(parts)) < n.N {
			parts = append(parts, "0")
		}
		return &String{S: strings.Join(parts[:n.N], ".") + v.S[len(numeric):], O: o}
	}),

	// strings.nix, the functions of lib.strings only
	fn("escapeXML", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.mapString(a[0], o, strings.NewReplacer(`"`, "&quot;", "'", "&apos;", "<", "&lt;", ">", "&gt;", "&", "&amp;").Replace)
	}),
	fn("makeSearchPath", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		sub, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		l, bad := m.list(a[1], o)
		if bad != nil {
			return bad
		}
		var dirs []*Thunk
		for _, e := range l.Elems {
			switch v := m.Force(e).(type) {
			case *Null:
			case *Unknown:
				return propagate(v, o)
			default:
				dirs = append(dirs, Ready(m.add(v, &String{S: "/" + sub.S, O: o}, o)))
			}
		}
		return m.joinStrings(Ready(&List{Elems: dirs, O: o}), ":", o)
	}),
	fn("floatToString", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.Apply(&Func{prim: builtin("toString")}, a[0], o)
	}),
	fn("join", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.Call(&Func{prim: builtin("concatStringsSep")}, o, a[0], a[1])
	}),
	fn("sanitizeDerivationName", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.mapPlainString(a[0], o, SanitizeDerivationName)
	}),
	fn("normalizePath", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.mapPlainString(a[0], o, collapseSlashes) }),
	fn("escapeURL", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.mapString(a[0], o, escapeURL) }),
	fn("toSentenceCase", 1, stringCase("toSentenceCase", func(s string) string {
		if s == "" {
			return s
		}
		return asciiUpper(s[:1]) + asciiLower(s[1:])
	})),
	fn("splitStringBy", 3, func(m *Machine, a []*Thunk, o Origin) Value { return m.splitStringBy(a, o) }),
	fn("toCamelCase", 1, stringCase("toCamelCase", camelCase)),
	fn("levenshtein", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		x, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		y, bad := m.str(a[1], o)
		if bad != nil {
			return bad
		}
		if !m.charge((len(x.S) + 1) * (len(y.S) + 1)) {
			return m.exhausted(o, budgetExhausted)
		}
		return &Int{N: int64(editdist.Levenshtein(x.S, y.S)), O: o}
	}),
	fn("commonPrefixLength", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.commonLength(a, o, func(s string, i int) byte { return s[i] })
	}),
	fn("commonSuffixLength", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.commonLength(a, o, func(s string, i int) byte { return s[len(s)-1-i] })
	}),
}

// libValues are the lib attributes that are not functions.
var libValues = map[string]func() Value{
	"lowerChars": func() Value { return charList("abcdefghijklmnopqrstuvwxyz") },
	"upperChars": func() Value { return charList("ABCDEFGHIJKLMNOPQRSTUVWXYZ") },
}

func charList(s string) Value {
	elems := make([]*Thunk, len(s))
	for i := range elems {
		elems[i] = Ready(&String{S: s[i : i+1]})
	}
	return &List{Elems: elems}
}

// libBuiltins are the builtins lib re-exports under the same name.
var libBuiltins = []string{
	"add", "all", "any", "attrNames", "attrValues", "baseNameOf", "bitAnd", "bitOr", "bitXor",
	"catAttrs", "ceil", "compareVersions", "concatLists", "concatMap", "concatStringsSep",
	"deepSeq", "dirOf", "div", "elem", "elemAt", "filter", "floor", "foldl'", "fromJSON",
	"fromTOML", "genList", "getAttr", "groupBy", "hasAttr", "hashString", "head",
	"intersectAttrs", "isAttrs", "isBool", "isFloat", "isInt", "isList", "isPath",
	"isString", "length", "lessThan", "listToAttrs", "map", "mapAttrs", "match", "mul",
	"partition", "pathExists", "readDir", "readFile", "removeAttrs", "replaceStrings", "seq",
	"sort", "split", "stringLength", "sub", "substring", "tail", "toJSON", "toString", "trace",
	"tryEval", "typeOf", "unsafeDiscardStringContext", "zipAttrsWith", "addErrorContext",
	"splitVersion", "parseDrvName", "genericClosure",
}

// fileModule is lib.modules.importJSON or importTOML (read, the lib
// function of that name) of file: { _file = file; config = read file; }.
func fileModule(m *Machine, read string, file *Thunk, o Origin) Value {
	return mkAttrs(o, "_file", file, "config", lazyApply(m, m.libFunc(read), o, file))
}

// fixUnfix is lib.fix': the fixed point of f, with f as its __unfix__.
func fixUnfix(m *Machine, f Value, o Origin) Value {
	var x *Thunk
	x = Lazy(func() Value { return m.update(m.Call(f, o, x), mkAttrs(o, "__unfix__", f), o) })
	return m.Force(x)
}

// extends is lib.extends overlay f: final: f final // overlay final (f final).
func extends(overlay, f Value) Value {
	return &Func{prim: &prim{"extends", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		prev := lazyApply(m, f, o, a[0])
		return m.update(m.Force(prev), m.Call(overlay, o, a[0], prev), o)
	}}}
}

// composeExtensions is lib.composeExtensions f g final prev: f's
// attributes updated by g's, which sees them in its prev.
var composeExtensions = fn("composeExtensions", 4, func(m *Machine, a []*Thunk, o Origin) Value {
	f, g, final, prev := a[0], a[1], a[2], a[3]
	applied := lazyApply(m, m.Force(f), o, final, prev)
	prev2 := Lazy(func() Value { return m.update(m.Force(prev), m.Force(applied), o) })
	return m.update(m.Force(applied), m.Call(m.Force(g), o, final, prev2), o)
})

// makeExtensible is lib.makeExtensibleWithCustomName name rattrs: the
// fixed point of rattrs, with a function name that extends it.
func makeExtensible(m *Machine, name string, rattrs Value, o Origin) Value {
	return fixUnfix(m, &Func{prim: &prim{"makeExtensible", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		ext := &Func{prim: &prim{name, 1, func(m *Machine, b []*Thunk, o Origin) Value {
			return makeExtensible(m, name, extends(m.Force(b[0]), rattrs), o)
		}}}
		return m.update(m.Call(rattrs, o, a[0]), mkAttrs(o, name, ext), o)
	}}}, o)
}

// aliasModule is lib.mkAliasOptionModule from to (see its entry).
func aliasModule(m *Machine, a []*Thunk, o Origin) Value {
	from, bad := m.stringList(a[0], o)
	if bad != nil {
		return bad
	}
	to, bad := m.stringList(a[1], o)
	if bad != nil {
		return bad
	}
	opt := atPath(m, from, Ready(mkAttrs(o, "_type", &String{S: "option", O: o})), o)
	mod := mkAttrs(o, "options", opt, AliasMarker, mkAttrs(o, "from", a[0], "to", a[1]))
	if len(to) == 0 || to[0] == "flake" {
		return mod
	}
	def := atPath(m, to, Ready(mkAttrs(o, "_type", &String{S: aliasProp, O: o}, "from", a[0])), o)
	return mod.With("config", Ready(def))
}

// mergedOptionModule is lib.mkMergedOptionModule's module as far as the
// analysis models it: its options, and definitions whose values are not
// known.
func mergedOptionModule(m *Machine, a []*Thunk, o Origin) Value {
	froms, bad := m.list(a[0], o)
	if bad != nil {
		return bad
	}
	to, bad := m.stringList(a[1], o)
	if bad != nil {
		return bad
	}
	marker := mkAttrs(o, "_type", &String{S: "option", O: o}, "visible", &Bool{O: o}, "default", &String{S: "_mkMergedOptionModule", O: o})
	var options Value = &Attrs{O: o}
	for _, from := range froms.Elems {
		path, bad := m.stringList(from, o)
		if bad != nil {
			return bad
		}
		options = m.recursiveUpdate(nil, nil, Ready(options), Ready(atPath(m, path, Ready(marker), o)), o, 0)
	}
	if len(to) == 0 || to[0] == "warnings" {
		return unknown(o, "a merged option module into warnings")
	}
	var config attrsBuilder
	config.add("warnings", Ready(unknown(o, "the warnings of a merged option module")), o)
	config.add(to[0], Ready(atPath(m, to[1:], Ready(unknown(o, "the definition a merged option module makes")), o)), o)
	return mkAttrs(o, "options", options, "config", config.build(o, false))
}

// aliasDefinitions is lib.mkAliasAndWrapDefinitions wrap option, and with
// withPriority mkAliasAndWrapDefsWithPriority: the option's definitions
// as one, each at the option's highest priority with withPriority.
func (m *Machine) aliasDefinitions(wrap, option *Thunk, withPriority bool, o Origin) Value {
	field := func(name string) *Thunk {
		return Lazy(func() Value { return m.selectName(m.Force(option), name, o) })
	}
	defs := field("definitions")
	if withPriority {
		defs = Lazy(func() Value {
			prio := Ready(&Int{N: PrioNormal, O: o})
			if s, ok := m.Force(option).(*Attrs); ok {
				if t := s.Lookup("highestPrio"); t != nil {
					prio = t
				} else if s.Open {
					prio = Ready(unknown(o, "an option's highestPrio"))
				}
			}
			return m.Call(&Func{prim: builtin("map")}, o, Ready(m.Apply(m.libFunc("mkOverride"), prio, o)), field("definitions"))
		})
	}
	merged := mkAttrs(o, "_type", &String{S: "merge", O: o}, "contents", defs)
	return mkAttrs(o, "_type", &String{S: "if", O: o}, "condition", field("isDefined"), "content", lazyApply(m, m.Force(wrap), o, Ready(merged)))
}

// atPath is lib.setAttrByPath path v.
func atPath(m *Machine, path []string, v *Thunk, o Origin) Value {
	for i := len(path) - 1; i >= 0; i-- {
		v = Ready(mkAttrs(o, path[i], v))
	}
	return m.Force(v)
}

// aliasProp is the property of the definition an alias module makes of its
// target option: the definitions of the option from, wherever they are.
const aliasProp = "__secrets-lsp-aliased"

// AliasMarker is the attribute by which the module lib.mkAliasOptionModule
// makes says what it forwards where.
const AliasMarker = "__secrets-lsp-alias"

// namespaceOnly are functions of one namespace only, which differ from
// the top-level function of the same name.
var namespaceOnly = map[string][]*prim{
	"strings": {fn("replicate", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		n, bad := m.integer(a[0], o)
		if bad != nil {
			return bad
		}
		s, bad := m.str(a[1], o)
		if bad != nil {
			return bad
		}
		if n.N < 0 || !m.chargeBytes(int(n.N)*len(s.S)) {
			return m.exhausted(o, budgetExhausted)
		}
		return &String{S: strings.Repeat(s.S, int(n.N)), O: o}
	})},
	"lists": {
		fn("hasPrefix", 2, func(m *Machine, a []*Thunk, o Origin) Value { return m.listHasPrefix(a, o) }),
		fn("removePrefix", 2, func(m *Machine, a []*Thunk, o Origin) Value {
			has, bad := m.boolean(m.listHasPrefix(a, o), o)
			if bad != nil {
				return bad
			}
			if !has {
				return m.throw(o, "lib.lists.removePrefix: First argument is not a list prefix of the second argument")
			}
			prefix, _ := m.list(a[0], o)
			return m.slice(a[1], nil, Ready(&Int{N: int64(len(prefix.Elems)), O: o}), o)
		}),
	},
	"path": libPath,
	// lib.modules.importJSON and importTOML make a module of the file.
	"modules": {
		fn("importJSON", 1, func(m *Machine, a []*Thunk, o Origin) Value { return fileModule(m, "importJSON", a[0], o) }),
		fn("importTOML", 1, func(m *Machine, a []*Thunk, o Origin) Value { return fileModule(m, "importTOML", a[0], o) }),
	},
	// generators.toJSON { } and toYAML { } are builtins.toJSON.
	"generators": {
		fn("toPretty", 1, toPretty),
		fn("toJSON", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.emptyConfig(a[0], "toJSON", o) }),
		fn("toYAML", 1, func(m *Machine, a []*Thunk, o Origin) Value { return m.emptyConfig(a[0], "toYAML", o) }),
	},
}

// assertMsg is lib.asserts.assertMsg: pred || throw msg.
func (m *Machine) assertMsg(pred Value, msg func() Value, o Origin) Value {
	b, bad := m.boolean(pred, o)
	if bad != nil {
		return bad
	}
	if !b {
		s, bad := m.str(Ready(msg()), o)
		if bad != nil {
			return bad
		}
		return m.throw(o, "%s", s.S)
	}
	return m.bool(true, o)
}

// oneOfMessage is assertOneOf's (and, after "each element in ",
// assertEachOneOf's) message: "${name} must be one of ${toPretty { } xs},
// but is: ${toPretty { } val}".
func (m *Machine) oneOfMessage(prefix string, name, xs, val *Thunk, o Origin) Value {
	n, bad := m.coerce(m.Force(name), o, false)
	if bad != nil {
		return bad
	}
	show := toPretty(m, []*Thunk{Ready(&Attrs{O: o})}, o)
	allowed, bad := m.str(Ready(m.Apply(show, xs, o)), o)
	if bad != nil {
		return bad
	}
	is, bad := m.str(Ready(m.Apply(show, val, o)), o)
	if bad != nil {
		return bad
	}
	return &String{S: prefix + n + " must be one of " + allowed.S + ", but is: " + is.S, O: o}
}

// libFunc returns the lib function name, one of lib's top level.
func (m *Machine) libFunc(name string) Value { return m.Force(m.lib.Lookup(name)) }

// makeLib builds the lib set: each modelled function where nixpkgs has it,
// at the top level and in its namespaces (lib.strings, lib.lists, …); the
// others are unknown.
func makeLib(known map[*Attrs][]string) *Attrs {
	modelled := map[string]*Thunk{}
	for _, p := range libTable {
		modelled[p.name] = Ready(&Func{prim: p})
	}
	for _, n := range libBuiltins {
		modelled[n] = Ready(&Func{prim: builtin(n)})
	}
	for n, v := range libValues {
		modelled[n] = Ready(v())
	}
	var b attrsBuilder
	for _, n := range libTopNames {
		if t := modelled[n]; t != nil {
			b.add(n, t, Origin{})
		}
	}
	// flake-parts' lib has importApply at its top level (nixpkgs' in
	// lib.modules); the analysis asks lib for it.
	b.add("importApply", modelled["importApply"], Origin{})
	for ns, names := range libNamespaceNames {
		own := map[string]*Thunk{}
		for _, p := range namespaceOnly[ns] {
			own[p.name] = Ready(&Func{prim: p})
		}
		if ns == "path" {
			own["subpath"] = Ready(makeSubpath())
		}
		var nb attrsBuilder
		for _, n := range names {
			t := own[n]
			if t == nil {
				t = modelled[n]
			}
			if t != nil {
				nb.add(n, t, Origin{})
			}
		}
		set := nb.build(Origin{}, true)
		known[set] = names
		b.add(ns, Ready(set), Origin{})
	}
	b.add("types", Ready(makeTypes()), Origin{})
	b.add("mkOptionType", Ready(&Func{prim: &prim{"mkOptionType", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return &Attrs{Open: true, O: o}
	}}}), Origin{})
	lib := b.build(Origin{}, true)
	known[lib] = libTopNames
	return lib
}

// listHasPrefix is lib.lists.hasPrefix: take (length list1) list2 == list1.
func (m *Machine) listHasPrefix(a []*Thunk, o Origin) Value {
	prefix, bad := m.list(a[0], o)
	if bad != nil {
		return bad
	}
	head := m.slice(a[1], Ready(&Int{N: int64(len(prefix.Elems)), O: o}), nil, o)
	if u, ok := head.(*Unknown); ok {
		return u
	}
	eq, known := m.Equal(head, prefix)
	if !known {
		return unknown(o, "comparison of unknown values")
	}
	return m.bool(eq, o)
}

// emptyConfig is a generator taking { } before the value: builtins.toJSON.
func (m *Machine) emptyConfig(t *Thunk, name string, o Origin) Value {
	s, bad := m.attrs(t, o)
	if bad != nil {
		return bad
	}
	if s.Open || len(s.Names) > 0 {
		// Nix names the file and line of the generator: not ours to know.
		return unknown(o, "lib.generators."+name+" with settings")
	}
	return &Func{prim: builtin("toJSON")}
}

// conditional is lib's optionals, optionalString and optionalAttrs: the
// value when the condition holds, else the empty one.
func conditional(empty func(Origin) Value) fnImpl {
	return func(m *Machine, a []*Thunk, o Origin) Value {
		b, bad := m.boolean(m.Force(a[0]), o)
		if bad != nil {
			return bad
		}
		if b {
			return m.Force(a[1])
		}
		return empty(o)
	}
}

// naturalLess is lib.naturalSort's order: numbers inside the strings
// (0, or digits not starting with 0) compare as numbers.
func naturalLess(a, b string) bool {
	x, y := naturalChunks(a), naturalChunks(b)
	for i := 0; i < len(x) && i < len(y); i++ {
		if x[i] == y[i] {
			continue
		}
		if i%2 == 1 {
			xn, _ := strconv.ParseInt(x[i], 10, 64)
			yn, _ := strconv.ParseInt(y[i], 10, 64)
			if xn != yn {
				return xn < yn
			}
			continue
		}
		return x[i] < y[i]
	}
	return len(x) < len(y)
}

var naturalNumber = regexp.MustCompile(`0|[1-9][0-9]*`)

// naturalChunks splits s as builtins.split "(0|[1-9][0-9]*)" does:
// text, number, text, …
func naturalChunks(s string) []string {
	var out []string
	prev := 0
	for _, m := range naturalNumber.FindAllStringIndex(s, -1) {
		out = append(out, s[prev:m[0]], s[m[0]:m[1]])
		prev = m[1]
	}
	return append(out, s[prev:])
}

// fixedWidth is lib.fixedWidthString: s padded on the left with filler.
func (m *Machine) fixedWidth(width int, filler, s string, o Origin) Value {
	var b strings.Builder
	for w := width; len(s) != w; w -= len(filler) {
		if len(s) > w {
			return m.throw(o, "fixedWidthString: requested string length (%d) must not be shorter than actual length (%d)", w, len(s))
		}
		if filler == "" || !m.chargeBytes(b.Len()+len(filler)) {
			return unknown(o, "fixedWidthString without end")
		}
		b.WriteString(filler)
	}
	return &String{S: b.String() + s, O: o}
}

func (m *Machine) boolOp(a []*Thunk, o Origin, f func(x, y bool) bool) Value {
	x, bad := m.boolean(m.Force(a[0]), o)
	if bad != nil {
		return bad
	}
	y, bad := m.boolean(m.Force(a[1]), o)
	if bad != nil {
		return bad
	}
	return m.bool(f(x, y), o)
}

func (m *Machine) minMax(a []*Thunk, o Origin, isMin bool) Value {
	x, y := m.Force(a[0]), m.Force(a[1])
	lt, bad := m.boolean(m.lessThan(x, y, o), o)
	if bad != nil {
		return bad
	}
	if lt == isMin {
		return x
	}
	return y
}

func (m *Machine) throwIf(a []*Thunk, o Origin, when bool) Value {
	b, bad := m.boolean(m.Force(a[0]), o)
	if bad != nil {
		return bad
	}
	if b == when {
		s, bad := m.str(a[1], o)
		if bad != nil {
			return bad
		}
		return m.throw(o, "%s", s.S)
	}
	return m.Force(a[2])
}

func (m *Machine) foldr(a []*Thunk, o Origin) Value {
	f := m.Force(a[0])
	l, bad := m.list(a[2], o)
	if bad != nil {
		return bad
	}
	acc := a[1]
	for i := len(l.Elems) - 1; i >= 0; i-- {
		acc = lazyApply(m, f, o, l.Elems[i], acc)
	}
	return m.Force(acc)
}

func (m *Machine) imap(a []*Thunk, o Origin, base int) Value {
	f := m.Force(a[0])
	l, bad := m.list(a[1], o)
	if bad != nil {
		return bad
	}
	elems := make([]*Thunk, len(l.Elems))
	for i, e := range l.Elems {
		elems[i] = lazyApply(m, f, o, Ready(&Int{N: int64(i + base), O: o}), e)
	}
	return &List{Elems: elems, O: o}
}

// filterList keeps the elements keep accepts; an unknown answer makes the
// whole list unknown.
func (m *Machine) filterList(t *Thunk, o Origin, keep func(Value) (bool, bool)) Value {
	l, bad := m.list(t, o)
	if bad != nil {
		return bad
	}
	var out []*Thunk
	for _, e := range l.Elems {
		k, known := keep(m.Force(e))
		if !known {
			return unknown(o, "filter with an unknown answer")
		}
		if k {
			out = append(out, e)
		}
	}
	return &List{Elems: out, O: o}
}

// member reports whether x equals an element of the list t.
func (m *Machine) member(t *Thunk, x Value, o Origin) (in, known bool) {
	l, bad := m.list(t, o)
	if bad != nil {
		return false, false
	}
	known = true
	for _, e := range l.Elems {
		eq, k := m.Equal(x, m.Force(e))
		if k && eq {
			return true, true
		}
		known = known && k
	}
	return false, known
}

// slice is lib.sublist start count (a nil start is 0, a nil count the
// length: take and drop), as lib computes it: a negative count fails, and
// so do the elements before the start of the list (lazily).
func (m *Machine) slice(t, count, start *Thunk, o Origin) Value {
	l, bad := m.list(t, o)
	if bad != nil {
		return bad
	}
	size := int64(len(l.Elems))
	from, n := int64(0), size
	if start != nil {
		s, bad := m.integer(start, o)
		if bad != nil {
			return bad
		}
		from = s.N
	}
	if count != nil {
		c, bad := m.integer(count, o)
		if bad != nil {
			return bad
		}
		n = c.N
	}
	switch {
	case from >= size:
		n = 0
	case from+n > size:
		n = size - from
	}
	if n < 0 {
		return m.fail(o, "cannot create list of size %d", n)
	}
	if n == 0 {
		return &List{O: o}
	}
	if from >= 0 {
		return &List{Elems: l.Elems[from : from+n], O: o}
	}
	if !m.charge(int(min(n, math.MaxInt32))) {
		return m.exhausted(o, budgetExhausted)
	}
	elems := make([]*Thunk, n)
	for i := range elems {
		if k := from + int64(i); k < 0 {
			elems[i] = Ready(m.fail(o, "list index %d is out of bounds", k))
		} else {
			elems[i] = l.Elems[k]
		}
	}
	return &List{Elems: elems, O: o}
}

// unique keeps the first occurrence of each element (lib.unique).
func (m *Machine) unique(t *Thunk, o Origin) Value {
	l, bad := m.list(t, o)
	if bad != nil {
		return bad
	}
	var out []*Thunk
	var outVals []Value
	strs := map[string]bool{}
	for _, e := range l.Elems {
		v := m.Force(e)
		if s, ok := v.(*String); ok {
			if strs[s.S] {
				continue
			}
			strs[s.S] = true
		}
		dup := false
		for _, w := range outVals {
			if _, ok := w.(*String); ok {
				if _, ok := v.(*String); ok {
					continue
				}
			}
			eq, known := m.Equal(v, w)
			if !known {
				return unknown(o, "unique of unknown values")
			}
			if eq {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, e)
			outVals = append(outVals, v)
		}
	}
	return &List{Elems: out, O: o}
}

func (m *Machine) zipLists(x, y *Thunk, o Origin, f func(x, y *Thunk) *Thunk) Value {
	a, bad := m.list(x, o)
	if bad != nil {
		return bad
	}
	b, bad := m.list(y, o)
	if bad != nil {
		return bad
	}
	n := min(len(a.Elems), len(b.Elems))
	elems := make([]*Thunk, n)
	for i := range elems {
		elems[i] = f(a.Elems[i], b.Elems[i])
	}
	return &List{Elems: elems, O: o}
}

func (m *Machine) strPred(a []*Thunk, o Origin, f func(s, p string) bool) Value {
	p, bad := m.storeString(a[0], o)
	if bad != nil {
		return bad
	}
	s, bad := m.storeString(a[1], o)
	if bad != nil {
		return bad
	}
	return m.bool(f(s.S, p.S), o)
}

func (m *Machine) removeSuffix(suffix, t *Thunk, o Origin) Value {
	p, bad := m.storeString(suffix, o)
	if bad != nil {
		return bad
	}
	s, bad := m.storeString(t, o)
	if bad != nil {
		return bad
	}
	if strings.HasSuffix(s.S, p.S) {
		return subString(s, 0, len(s.S)-len(p.S), o)
	}
	return s
}

func (m *Machine) mapString(t *Thunk, o Origin, f func(string) string) Value {
	s, bad := m.str(t, o)
	if bad != nil {
		return bad
	}
	return &String{S: f(s.S), O: o}
}

func asciiUpper(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r - 32
		}
		return r
	}, s)
}

func asciiLower(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return r
	}, s)
}

// trim removes the whitespace lib.trim does: spaces, tabs, CR and LF.
func (m *Machine) trim(t *Thunk, o Origin, start, end bool) Value {
	s, bad := m.str(t, o)
	if bad != nil {
		return bad
	}
	i, j := 0, len(s.S)
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }
	for start && i < j && isSpace(s.S[i]) {
		i++
	}
	for end && j > i && isSpace(s.S[j-1]) {
		j--
	}
	return subString(s, i, j, o)
}

func escapeChars(s string, chars []string) string {
	from := make([]string, len(chars))
	to := make([]string, len(chars))
	for i, c := range chars {
		from[i], to[i] = c, `\`+c
	}
	return replaceStrings(s, from, to)
}

// EscapeRegex is lib.escapeRegex: a backslash before each of \[{()^$?*+|.
func EscapeRegex(s string) string {
	n := 0
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(regexSpecial, s[i]) >= 0 {
			n++
		}
	}
	if n == 0 {
		return s
	}
	return string(AppendEscapedRegex(make([]byte, 0, len(s)+n), s))
}

// AppendEscapedRegex appends EscapeRegex(s) to b.
func AppendEscapedRegex(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(regexSpecial, s[i]) >= 0 {
			b = append(b, '\\')
		}
		b = append(b, s[i])
	}
	return b
}

const regexSpecial = `\[{()^$?*+|.`

// EscapeNixString is lib.escapeNixString: toJSON, then `$` escaped.
func EscapeNixString(s string) string {
	return strings.ReplaceAll(keys.Quote(s), "$", `\$`)
}

var nixIdentifier = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z0-9_'-]*$`)

var nixKeywords = map[string]bool{
	"assert": true, "else": true, "if": true, "in": true, "inherit": true, "let": true,
	"or": true, "rec": true, "then": true, "with": true,
}

// EscapeNixIdentifier is lib.escapeNixIdentifier: the name as written in an
// attribute path, quoted when it is not a plain identifier.
func EscapeNixIdentifier(s string) string {
	if nixIdentifier.MatchString(s) && !nixKeywords[s] {
		return s
	}
	return EscapeNixString(s)
}

var shellSafe = regexp.MustCompile(`^[[:alnum:],._+:@%/-]+$`)

var (
	toIntInput       = regexp.MustCompile(`^[ \t\n\v\f\r]*(-?[0-9]+)[ \t\n\v\f\r]*$`)
	toIntBase10Input = regexp.MustCompile(`^[ \t\n\v\f\r]*0*(-?[0-9]+)[ \t\n\v\f\r]*$`)
	zeroPadded       = regexp.MustCompile(`^0[0-9]+$`)
)

// toInt is lib.toInt (which rejects 007, ambiguous with octal) and, base10,
// lib.toIntBase10 (which reads it as 7): the digits between blanks, read
// with fromJSON as lib does, so that what it rejects fails as there.
func (m *Machine) toInt(t *Thunk, o Origin, base10 bool) Value {
	s, bad := m.str(t, o)
	if bad != nil {
		return bad
	}
	name, input := "toInt", toIntInput
	if base10 {
		name, input = "toIntBase10", toIntBase10Input
	}
	digits := input.FindStringSubmatch(s.S)
	switch {
	case digits == nil:
		return m.throw(o, "%s: Could not convert %s to int.", name, EscapeNixString(s.S))
	case !base10 && zeroPadded.MatchString(digits[1]):
		return m.throw(o, "toInt: Ambiguity in interpretation of %s between octal and zero padded integer.", EscapeNixString(s.S))
	case base10 && strings.Trim(digits[1], "0") == "":
		return &Int{N: 0, O: o}
	}
	switch v := m.FromJSON(&String{S: digits[1]}, o).(type) {
	case *Int:
		return &Int{N: v.N, O: o}
	case *Unknown:
		return v
	}
	return m.throw(o, "%s: Could not convert %s to int.", name, EscapeNixString(s.S))
}

func (m *Machine) versionCmp(a []*Thunk, o Origin, want int) Value {
	x, bad := m.str(a[0], o)
	if bad != nil {
		return bad
	}
	y, bad := m.str(a[1], o)
	if bad != nil {
		return bad
	}
	c := compareVersions(x.S, y.S)
	if want < 0 {
		return m.bool(c < 0, o)
	}
	return m.bool(c >= 0, o)
}

func (m *Machine) mapAttrsToList(f Value, t *Thunk, o Origin) Value {
	s, bad := m.attrs(t, o)
	if bad != nil {
		return bad
	}
	if s.Open {
		return unknown(o, "mapAttrsToList over a partially known set")
	}
	elems := make([]*Thunk, len(s.Names))
	names := m.setNames(s)
	for i := range s.Names {
		elems[i] = lazyApply(m, f, o, names.at(i, o), s.Vals[i])
	}
	return &List{Elems: elems, O: o}
}

// mapAttrsRecursive is lib.mapAttrsRecursiveCond cond f, and with a nil
// cond lib.mapAttrsRecursive f: f applied to the path and value of each
// leaf, a set being a leaf when cond says so.
func (m *Machine) mapAttrsRecursive(cond, f Value, prefix []*Thunk, t *Thunk, o Origin, depth int) Value {
	s, bad := m.attrs(t, o)
	if bad != nil {
		return bad
	}
	vals := make([]*Thunk, len(s.Vals))
	names := m.setNames(s)
	for i := range s.Vals {
		path := append(append([]*Thunk(nil), prefix...), names.at(i, o))
		v := s.Vals[i]
		vals[i] = Lazy(func() Value {
			if _, ok := m.Force(v).(*Attrs); ok && depth < 100 {
				inner := true
				if cond != nil {
					var bad Value
					if inner, bad = m.test(cond, o, v); bad != nil {
						return bad
					}
				}
				if inner {
					return m.mapAttrsRecursive(cond, f, path, v, o, depth+1)
				}
			}
			return m.Call(f, o, Ready(&List{Elems: path, O: o}), v)
		})
	}
	return &Attrs{Names: s.Names, Vals: vals, Keys: s.Keys, Open: s.Open, O: o}
}

// mapAttrsToListRecursive is lib.mapAttrsToListRecursiveCond pred f set,
// and with a nil pred lib.mapAttrsToListRecursive f set: f applied to the
// path and value of each leaf, in the order of the paths, a set being a
// leaf when pred of its path and itself says so.
func (m *Machine) mapAttrsToListRecursive(pred, f Value, set *Thunk, o Origin) Value {
	var out []*Thunk
	var walk func(prefix []*Thunk, t *Thunk, depth int) Value
	walk = func(prefix []*Thunk, t *Thunk, depth int) Value {
		s, bad := m.attrs(t, o)
		if bad != nil {
			return bad
		}
		if s.Open {
			return unknown(o, "mapAttrsToListRecursive of a partially known set")
		}
		if depth > 100 || !m.budget() {
			return m.exhausted(o, budgetExhausted)
		}
		names := m.setNames(s)
		for i, v := range s.Vals {
			elems := append(prefix[:len(prefix):len(prefix)], names.at(i, o))
			path := Ready(&List{Elems: elems, O: o})
			switch x := m.Force(v).(type) {
			case *Unknown:
				return propagate(x, o)
			case *Attrs:
				inner := true
				if pred != nil {
					if inner, bad = m.test(pred, o, path, v); bad != nil {
						return bad
					}
				}
				if inner {
					if bad := walk(elems, v, depth+1); bad != nil {
						return bad
					}
					continue
				}
			}
			out = append(out, lazyApply(m, f, o, path, v))
		}
		return nil
	}
	if bad := walk(nil, set, 0); bad != nil {
		return bad
	}
	return &List{Elems: out, O: o}
}

// attrPath follows a list of names; found is false when an attribute is
// missing, and then v, if not nil, is the unknown or failure met.
func (m *Machine) attrPath(names, set *Thunk, o Origin) (v Value, found bool) {
	l, bad := m.list(names, o)
	if bad != nil {
		return bad, false
	}
	v = m.Force(set)
	for _, e := range l.Elems {
		n, bad := m.str(e, o)
		if bad != nil {
			return bad, false
		}
		switch s := v.(type) {
		case *Attrs:
			t := s.Lookup(n.S)
			if t == nil {
				if s.Open {
					return unknown(o, "attribute "+n.S+" of a partially known set"), false
				}
				return nil, false
			}
			v = m.Force(t)
		case *Unknown:
			return propagate(s, o), false
		default:
			return nil, false
		}
	}
	return v, true
}

// recursiveUpdate merges y into x, descending where both sides are sets
// (lib.recursiveUpdate) or, with a stop predicate, where stop path x y is
// false (lib.recursiveUpdateUntil; path is the names down to x and y).
func (m *Machine) recursiveUpdate(stop Value, path []*Thunk, x, y *Thunk, o Origin, depth int) Value {
	a, bad := m.attrs(x, o)
	if bad != nil {
		if Failure(bad) == nil {
			if b, ok := m.Force(y).(*Attrs); ok {
				return &Attrs{Names: b.Names, Vals: b.Vals, Keys: b.Keys, Open: true, O: o}
			}
		}
		return bad
	}
	b, bad := m.attrs(y, o)
	if bad != nil {
		return bad
	}
	if b.Open {
		return &Attrs{Names: b.Names, Vals: b.Vals, Keys: b.Keys, Open: true, O: o}
	}
	var out attrsBuilder
	for i, n := range a.Names {
		if b.Lookup(n) == nil {
			out.add(n, a.Vals[i], a.Keys[i])
		}
	}
	for i, n := range b.Names {
		lt := a.Lookup(n)
		if lt == nil || depth > 100 {
			out.add(n, b.Vals[i], b.Keys[i])
			continue
		}
		rt := b.Vals[i]
		out.add(n, Lazy(func() Value {
			if stop != nil {
				here := append(path[:len(path):len(path)], Ready(nameValue(b, i, o)))
				done, bad := m.test(stop, o, Ready(&List{Elems: here, O: o}), lt, rt)
				switch {
				case bad != nil:
					return bad
				case done:
					return m.Force(rt)
				}
				return m.recursiveUpdate(stop, here, lt, rt, o, depth+1)
			}
			_, lAttrs := m.Force(lt).(*Attrs)
			_, rAttrs := m.Force(rt).(*Attrs)
			if lAttrs && rAttrs {
				return m.recursiveUpdate(nil, nil, lt, rt, o, depth+1)
			}
			return m.Force(rt)
		}), b.Keys[i])
	}
	return out.build(o, a.Open)
}

func (m *Machine) mergeAttrsList(t *Thunk, o Origin) Value {
	l, bad := m.list(t, o)
	if bad != nil {
		return bad
	}
	var acc Value = &Attrs{O: o}
	for _, e := range l.Elems {
		acc = m.update(acc, m.Force(e), o)
	}
	return acc
}

// filterAttrs is lib.filterAttrs and, recursive, lib.filterAttrsRecursive,
// which filters the sets it keeps too (lazily, as Nix does).
func (m *Machine) filterAttrs(f Value, t *Thunk, o Origin, recursive bool, depth int) Value {
	s, bad := m.attrs(t, o)
	if bad != nil {
		return bad
	}
	out := &Attrs{Open: s.Open, O: o}
	names := m.setNames(s)
	for i, n := range s.Names {
		keep, bad := m.test(f, o, names.at(i, o), s.Vals[i])
		if bad != nil {
			if Failure(bad) != nil {
				return bad
			}
			return unknown(o, "filterAttrs with an unknown predicate")
		}
		if !keep {
			continue
		}
		v := s.Vals[i]
		if recursive && depth < 100 {
			v = Lazy(func() Value {
				if _, ok := m.Force(s.Vals[i]).(*Attrs); ok {
					return m.filterAttrs(f, s.Vals[i], o, true, depth+1)
				}
				return m.Force(s.Vals[i])
			})
		}
		out.Names = append(out.Names, n)
		out.Vals = append(out.Vals, v)
		out.Keys = append(out.Keys, s.Keys[i])
	}
	return out
}

// versionParts is builtins.splitVersion.
func (m *Machine) versionParts(t *Thunk, o Origin) ([]string, Value) {
	s, bad := m.str(t, o)
	if bad != nil {
		return nil, bad
	}
	return splitVersion(s.S), nil
}

// versionPart is lib.versions.major, minor and patch: a component of the
// version, the failure of elemAt when it has fewer.
func (m *Machine) versionPart(t *Thunk, i int, o Origin) Value {
	parts, bad := m.versionParts(t, o)
	if bad != nil {
		return bad
	}
	if i >= len(parts) {
		return m.fail(o, "list index %d is out of bounds", i)
	}
	return &String{S: parts[i], O: o}
}

// baseDigits is lib.toBaseDigits base i, with its assertions (Nix prints
// their conditions as it parsed them: i >= 0 is !(i < 0)).
func (m *Machine) baseDigits(base, i *Thunk, o Origin) ([]int64, Value) {
	isInt := func(t *Thunk, name string) (int64, Value) {
		switch v := m.Force(t).(type) {
		case *Int:
			return v.N, nil
		case *Unknown:
			return 0, propagate(v, o)
		}
		return 0, m.throw(o, "assertion '(isInt %s)' failed", name)
	}
	b, bad := isInt(base, "base")
	if bad != nil {
		return nil, bad
	}
	n, bad := isInt(i, "i")
	if bad != nil {
		return nil, bad
	}
	if b < 2 {
		return nil, m.throw(o, "assertion '(! (__lessThan base 2))' failed")
	}
	if n < 0 {
		return nil, m.throw(o, "assertion '(! (__lessThan i 0))' failed")
	}
	var digits []int64
	for ; n >= b; n /= b {
		digits = append(digits, n%b)
	}
	digits = append(digits, n)
	slices.Reverse(digits)
	return digits, nil
}

// sliceEnd is lib.takeEnd (take) and lib.dropEnd: the last n elements, or
// all but them.
func (m *Machine) sliceEnd(a []*Thunk, o Origin, take bool) Value {
	l, bad := m.list(a[1], o)
	if bad != nil {
		return bad
	}
	n, bad := m.integer(a[0], o)
	if bad != nil {
		return bad
	}
	cut := int(min(max(int64(len(l.Elems))-n.N, 0), int64(len(l.Elems))))
	if take {
		return &List{Elems: l.Elems[cut:], O: o}
	}
	return &List{Elems: l.Elems[:cut], O: o}
}

// escapeShellArg is lib.escapeShellArg: toString of the argument, quoted
// unless it is made of safe characters only.
func (m *Machine) escapeShellArg(t *Thunk, o Origin) Value {
	s, bad := as[*String](m, m.Apply(&Func{prim: builtin("toString")}, t, o), o, "a string")
	if bad != nil {
		return bad
	}
	if shellSafe.MatchString(s.S) {
		return s
	}
	return &String{S: "'" + strings.ReplaceAll(s.S, "'", `'\''`) + "'", O: o}
}

func (m *Machine) escapeShellArgs(t *Thunk, o Origin) Value {
	f := &Func{prim: &prim{"escapeShellArg", 1, func(m *Machine, b []*Thunk, o Origin) Value { return m.escapeShellArg(b[0], o) }}}
	return m.joinStrings(Ready(m.Call(&Func{prim: builtin("map")}, o, Ready(f), t)), " ", o)
}

var posixName = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z0-9_]*$`)

// toShellVar is lib.toShellVar: a shell assignment of a string, an array
// (a list) or an associative array (a set that is not string-like).
func (m *Machine) toShellVar(name, value *Thunk, o Origin) Value {
	n, bad := m.str(name, o)
	if bad != nil {
		return bad
	}
	if !posixName.MatchString(n.S) {
		return m.throw(o, "toShellVar: %s is not a valid shell variable name", n.S)
	}
	v := m.Force(value)
	if s, ok := v.(*Attrs); ok {
		like, bad := m.boolean(m.Apply(m.libFunc("isStringLike"), value, o), o)
		if bad != nil {
			return bad
		}
		if !like {
			entry := &Func{prim: &prim{"toShellVar-entry", 2, func(m *Machine, b []*Thunk, o Origin) Value {
				k, bad := as[*String](m, m.escapeShellArg(b[0], o), o, "a string")
				if bad != nil {
					return bad
				}
				v, bad := as[*String](m, m.escapeShellArg(b[1], o), o, "a string")
				if bad != nil {
					return bad
				}
				return &String{S: "[" + k.S + "]=" + v.S, O: o}
			}}}
			return m.wrapString("declare -A "+n.S+"=(", m.joinStrings(Ready(m.mapAttrsToList(entry, Ready(s), o)), " ", o), ")", o)
		}
	}
	if _, ok := v.(*List); ok {
		return m.wrapString("declare -a "+n.S+"=(", m.escapeShellArgs(value, o), ")", o)
	}
	return m.wrapString(n.S+"=", m.escapeShellArg(value, o), "", o)
}

// wrapString returns prefix + v + suffix for a string v, else v.
func (m *Machine) wrapString(prefix string, v Value, suffix string, o Origin) Value {
	s, bad := as[*String](m, v, o, "a string")
	if bad != nil {
		return bad
	}
	return &String{S: prefix + s.S + suffix, O: o}
}

// drvNamePart is lib.getName (attr pname, the name part) and lib.getVersion
// (attr version, the version part): of a string, what parseDrvName finds
// in it; of a set, its attr or else the part of its name.
func (m *Machine) drvNamePart(t *Thunk, attr, part string, o Origin) Value {
	v := m.Force(t)
	name := t
	switch v := v.(type) {
	case *Unknown:
		return propagate(v, o)
	case *String:
	case *Attrs:
		if a := v.Lookup(attr); a != nil {
			return m.Force(a)
		}
		if v.Open {
			return unknown(o, "attribute "+attr+" of a partially known set")
		}
		name = Lazy(func() Value { return m.selectName(v, "name", o) })
	default:
		return m.fail(o, "value is %s while a set was expected", v.Kind().Article())
	}
	s, bad := m.str(name, o)
	if bad != nil {
		return bad
	}
	n, version := parseDrvName(s.S)
	if part == "name" {
		return &String{S: n, O: o}
	}
	return &String{S: version, O: o}
}

// storeString is a string argument as lib's string functions coerce it
// (stringLength, substring, interpolation): a path is unknown, since Nix
// copies it to the store and uses the store path.
func (m *Machine) storeString(t *Thunk, o Origin) (*String, Value) {
	if _, ok := m.Force(t).(*Path); ok {
		return nil, unknown(o, "a path as a string: its store path")
	}
	return m.stringish(t, o)
}

// mapPlainString applies f to a string argument coerced as storeString.
func (m *Machine) mapPlainString(t *Thunk, o Origin, f func(string) string) Value {
	s, bad := m.storeString(t, o)
	if bad != nil {
		return bad
	}
	return &String{S: f(s.S), O: o}
}

var drvNameOK = regexp.MustCompile(`^[[:alnum:]+_?=-][[:alnum:]+._?=-]*$`)

func drvNameChar(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("+._?=-", c) >= 0
}

// SanitizeDerivationName is lib.strings.sanitizeDerivationName: leading
// dots dropped, each run of characters a store path name cannot have
// replaced by "-", the last 207 bytes kept, "unknown" if nothing is left.
func SanitizeDerivationName(s string) string {
	if len(s) <= 207 && drvNameOK.MatchString(s) {
		return s
	}
	s = strings.TrimLeft(s, ".")
	var b strings.Builder
	for i := 0; i < len(s); {
		if drvNameChar(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		for i < len(s) && !drvNameChar(s[i]) {
			i++
		}
		b.WriteByte('-')
	}
	r := b.String()
	if len(r) > 207 {
		r = r[len(r)-207:]
	}
	if r == "" {
		return "unknown"
	}
	return r
}

// collapseSlashes is lib.strings.normalizePath: each run of slashes made one.
func collapseSlashes(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '/' && i > 0 && s[i-1] == '/' {
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// escapeURL is lib.strings.escapeURL: the characters of lib's ASCII table
// (tab, newline, carriage return and the printable ones) that are not
// unreserved in URLs percent-encoded; other bytes are left as they are.
func escapeURL(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		inTable := c == '\t' || c == '\n' || c == '\r' || c >= ' ' && c <= '~'
		unreserved := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-_.~", c) >= 0
		if inTable && !unreserved {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// commonLength is lib.strings.commonPrefixLength and commonSuffixLength:
// how many bytes, taken by at(s, i), the two strings share.
func (m *Machine) commonLength(a []*Thunk, o Origin, at func(s string, i int) byte) Value {
	x, bad := m.storeString(a[0], o)
	if bad != nil {
		return bad
	}
	y, bad := m.storeString(a[1], o)
	if bad != nil {
		return bad
	}
	n := 0
	for n < min(len(x.S), len(y.S)) && at(x.S, n) == at(y.S, n) {
		n++
	}
	return &Int{N: int64(n), O: o}
}

// matchAttrs is lib.matchAttrs: whether attrs has each attribute of
// pattern, equal to it (sets compared the same way, recursively).
func (m *Machine) matchAttrs(pattern, attrs *Thunk, o Origin, depth int) Value {
	p, ok := m.Force(pattern).(*Attrs)
	if !ok {
		if u, isUnknown := m.Force(pattern).(*Unknown); isUnknown {
			return propagate(u, o)
		}
		return m.throw(o, "assertion '(isAttrs pattern)' failed")
	}
	if p.Open {
		return unknown(o, "matchAttrs with a partially known pattern")
	}
	for i, n := range p.Names {
		var rhs *Thunk
		switch s := m.Force(attrs).(type) {
		case *Unknown:
			return propagate(s, o)
		case *Attrs:
			if rhs = s.Lookup(n); rhs == nil {
				if s.Open {
					return unknown(o, "attribute "+n+" of a partially known set")
				}
				return m.bool(false, o)
			}
		default:
			return m.bool(false, o)
		}
		lhs := m.Force(p.Vals[i])
		var match Value
		if _, isSet := lhs.(*Attrs); isSet && depth < 100 {
			switch r := m.Force(rhs).(type) {
			case *Attrs:
				match = m.matchAttrs(p.Vals[i], rhs, o, depth+1)
			case *Unknown:
				return propagate(r, o)
			default:
				match = m.bool(false, o)
			}
		} else {
			eq, known := m.Equal(lhs, m.Force(rhs))
			if !known {
				return unknown(o, "matchAttrs of unknown values")
			}
			match = m.bool(eq, o)
		}
		b, bad := m.boolean(match, o)
		if bad != nil {
			return bad
		}
		if !b {
			return match
		}
	}
	return m.bool(true, o)
}

// findIndex is the index of the first element of the list t that the
// predicate accepts, or -1 (lib.findFirst and findFirstIndex).
func (m *Machine) findIndex(pred, t *Thunk, o Origin) (*List, int, Value) {
	f := m.Force(pred)
	l, bad := m.list(t, o)
	if bad != nil {
		return nil, 0, bad
	}
	for i, e := range l.Elems {
		b, bad := m.test(f, o, e)
		if bad != nil {
			return nil, 0, bad
		}
		if b {
			return l, i, nil
		}
	}
	return l, -1, nil
}
