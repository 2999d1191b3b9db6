package eval

// lib.types as data: each type is a set { _type = "optionType"; name; …; }
// that the analysis reads to merge the definitions of options a flake's
// own modules declare (config.fleet.hosts…). Types it does not model are
// unknown (lib.types is open), and are merged as a single value.

// Type names the analysis merges differently; every other type is a
// single value.
const (
	TypeAttrsOf   = "attrsOf"
	TypeListOf    = "listOf"
	TypeSubmodule = "submodule"
	TypeScalar    = "scalar"
)

func optionType(name string, o Origin, kv ...any) *Attrs {
	return mkAttrs(o, append([]any{"_type", &String{S: "optionType", O: o}, "name", &String{S: name, O: o}}, kv...)...)
}

func makeTypes() *Attrs {
	var b attrsBuilder
	scalar := optionType(TypeScalar, Origin{})
	for _, n := range []string{"str", "string", "nonEmptyStr", "singleLineStr", "lines", "commas",
		"int", "float", "number", "bool", "path", "package", "port", "anything", "raw", "unspecified",
		"attrs", "envVar", "pathInStore", "externalPath"} {
		b.add(n, Ready(scalar), Origin{})
	}
	b.add("ints", Ready(&Attrs{Open: true}), Origin{})
	elem := func(name string) *Thunk {
		return Ready(&Func{prim: &prim{name, 1, func(m *Machine, a []*Thunk, o Origin) Value {
			return optionType(name, o, "elemType", a[0])
		}}})
	}
	b.add("attrsOf", elem(TypeAttrsOf), Origin{})
	b.add("lazyAttrsOf", elem(TypeAttrsOf), Origin{})
	b.add("listOf", elem(TypeListOf), Origin{})
	// Wrappers that do not change how definitions merge.
	same := func(arity int) *Thunk {
		return Ready(&Func{prim: &prim{"type", arity, func(m *Machine, a []*Thunk, o Origin) Value {
			return m.Force(a[arity-1])
		}}})
	}
	b.add("nullOr", same(1), Origin{})
	b.add("uniq", same(1), Origin{})
	b.add("unique", same(2), Origin{})
	b.add("coercedTo", same(3), Origin{})
	b.add("addCheck", Ready(&Func{prim: &prim{"addCheck", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.Force(a[0])
	}}}), Origin{})
	for _, n := range []string{"enum", "strMatching", "either", "oneOf", "separatedString", "functionTo"} {
		arity := 1
		if n == "either" {
			arity = 2
		}
		b.add(n, Ready(&Func{prim: &prim{n, arity, func(m *Machine, a []*Thunk, o Origin) Value { return scalar }}}), Origin{})
	}
	b.add("submodule", Ready(&Func{prim: &prim{TypeSubmodule, 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return optionType(TypeSubmodule, o, "modules", Lazy(func() Value {
			if l, ok := m.Force(a[0]).(*List); ok {
				return l
			}
			return &List{Elems: []*Thunk{a[0]}, O: o}
		}))
	}}}), Origin{})
	b.add("submoduleWith", Ready(&Func{prim: &prim{"submoduleWith", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return optionType(TypeSubmodule, o, "modules", Lazy(func() Value {
			return m.selectName(m.Force(a[0]), "modules", o)
		}))
	}}}), Origin{})
	return b.build(Origin{}, true)
}
