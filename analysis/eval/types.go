package eval

// lib.types as data: each type is a set { _type = "optionType"; name; …; }
// that the analysis reads to merge the definitions of options a flake's
// own modules declare (config.fleet.hosts…). Types it does not model are
// unknown (lib.types is open), and are merged as a single value.

// Type names the analysis merges differently; every other type is a
// single value (several definitions of one are unknown). Of str, int,
// bool, enum and attrs (and attrsOf, listOf, nullOr, either and
// coercedTo made of them) the analysis also checks the definitions
// (modules.go); TypeScalar is not checked, but for types.path. coercedTo
// coerces what it can, then merges as the type it coerces to.
const (
	TypeAttrsOf   = "attrsOf"
	TypeListOf    = "listOf"
	TypeSubmodule = "submodule"
	TypeScalar    = "scalar"
	TypeStr       = "str"
	// TypeStrMatching is a str whose definitions match its pattern.
	TypeStrMatching = "strMatching"
	TypeInt         = "int"
	TypeBool        = "bool"
	TypeEnum        = "enum"
	TypeCoercedTo   = "coercedTo"
	TypeNullOr      = "nullOr"
	TypeAttrs       = "attrs"
	// TypeDeferredModule merges its definitions as modules to import.
	TypeDeferredModule = "deferredModule"
	// TypeAnything merges sets recursively, other values when equal.
	TypeAnything = "anything"
	// TypeSeparated joins its string definitions with its sep.
	TypeSeparated = "separatedString"
	// TypeEither merges as its left type when that accepts every
	// definition, else as its right (types.oneOf is a fold of it).
	TypeEither = "either"
	// TypeAttrTag is a set of one attribute, among its tags (options),
	// merged as that option.
	TypeAttrTag = "attrTag"
	// TypeAnyValue accepts any value, of which it is one (raw's).
	TypeAnyValue = "anyValue"
	// TypeFunctionTo is functionTo elemType: a function whose results
	// merge as elemType.
	TypeFunctionTo = "functionTo"
	// TypeFloat is float: isFloat, merged as mergeEqualOption.
	TypeFloat = "float"
)

// refineNonEmpty marks nonEmptyListOf's listOf: no empty value.
const refineNonEmpty = "__nonEmpty"

// addedChecks holds the functions types.addCheck added to a type's check.
const addedChecks = "addedChecks"

func optionType(name string, o Origin, kv ...any) *Attrs {
	return mkAttrs(o, append([]any{"_type", &String{S: "optionType", O: o}, "name", &String{S: name, O: o}}, kv...)...)
}

func makeTypes() *Attrs {
	var b attrsBuilder
	scalar := optionType(TypeScalar, Origin{})
	for _, n := range []string{TypeStr, TypeInt, TypeBool, TypeAttrs} {
		b.add(n, Ready(optionType(n, Origin{})), Origin{})
	}
	float := optionType(TypeFloat, Origin{})
	b.add(TypeFloat, Ready(float), Origin{})
	b.add("number", Ready(optionType(TypeEither, Origin{}, "left", optionType(TypeInt, Origin{}), "right", float)), Origin{})
	for _, n := range []string{"package", "pathInStore", "externalPath"} {
		b.add(n, Ready(scalar), Origin{})
	}
	addCheckedTypes(&b)
	// lib.types' separatedString and the types made of it.
	separated := func(sep string) *Thunk {
		return Ready(optionType(TypeSeparated, Origin{}, "sep", &String{S: sep}))
	}
	for n, sep := range map[string]string{"lines": "\n", "commas": ",", "envVar": ":"} {
		b.add(n, separated(sep), Origin{})
	}
	b.add(TypeSeparated, Ready(&Func{prim: &prim{TypeSeparated, 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return optionType(TypeSeparated, o, "sep", a[0])
	}}}), Origin{})
	b.add(TypeDeferredModule, Ready(optionType(TypeDeferredModule, Origin{})), Origin{})
	b.add(TypeAnything, Ready(optionType(TypeAnything, Origin{})), Origin{})
	elem := func(name string) *Thunk { return elemOf(name, "elemType") }
	b.add("attrsOf", elem(TypeAttrsOf), Origin{})
	b.add("lazyAttrsOf", Ready(&Func{prim: &prim{"lazyAttrsOf", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return optionType(TypeAttrsOf, o, "elemType", a[0], "lazy", &Bool{B: true, O: o})
	}}}), Origin{})
	// attrsWith { elemType, lazy ? false, placeholder ? "name" }: attrsOf
	// or lazyAttrsOf (the placeholder only names entries in the manual).
	b.add("attrsWith", Ready(&Func{prim: &prim{"attrsWith", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.attrs(a[0], o)
		if bad != nil {
			return bad
		}
		for _, n := range s.Names {
			if n != "elemType" && n != "lazy" && n != "placeholder" {
				// Nix names the lambda's place in lib/types.nix.
				return unknown(o, "attrsWith called with unexpected argument "+n)
			}
		}
		elemType := s.Lookup("elemType")
		if s.Open || elemType == nil {
			return unknown(o, "attrsWith without a known elemType")
		}
		lazy := false
		if t := s.Lookup("lazy"); t != nil {
			if lazy, bad = m.boolean(m.Force(t), o); bad != nil {
				return bad
			}
		}
		if lazy {
			return optionType(TypeAttrsOf, o, "elemType", elemType, "lazy", &Bool{B: true, O: o})
		}
		return optionType(TypeAttrsOf, o, "elemType", elemType)
	}}}), Origin{})
	b.add("listOf", elem(TypeListOf), Origin{})
	// nonEmptyListOf is addCheck (listOf elemType) (l: l != [ ]), described
	// "non-empty …", without an empty value.
	b.add("nonEmptyListOf", Ready(&Func{prim: &prim{"nonEmptyListOf", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		nonEmpty := &Func{prim: &prim{"nonEmptyListOf", 1, func(m *Machine, a []*Thunk, o Origin) Value {
			l, bad := m.list(a[0], o)
			if bad != nil {
				return bad
			}
			return m.bool(len(l.Elems) > 0, o)
		}}}
		list := optionType(TypeListOf, o, "elemType", a[0])
		desc := Lazy(func() Value {
			d, class, ok := (&optionMerger{m: m}).describe(list, 0)
			if !ok {
				return unknown(o, "a description of a type the analysis does not describe")
			}
			if class != "noun" {
				d = "(" + d + ")"
			}
			return &String{S: "non-empty " + d, O: o}
		})
		return optionType(TypeListOf, o, "elemType", a[0], addedChecks, &List{Elems: []*Thunk{Ready(nonEmpty)}, O: o},
			"description", desc, "descriptionClass", &String{S: "composite", O: o}, refineNonEmpty, &Bool{B: true, O: o})
	}}}), Origin{})
	b.add(TypeAttrTag, elemOf(TypeAttrTag, "tags"), Origin{})
	b.add("enum", Ready(&Func{prim: &prim{TypeEnum, 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return optionType(TypeEnum, o, "values", a[0])
	}}}), Origin{})
	b.add("coercedTo", Ready(&Func{prim: &prim{TypeCoercedTo, 3, func(m *Machine, a []*Thunk, o Origin) Value {
		return optionType(TypeCoercedTo, o, "from", a[0], "coerce", a[1], "to", a[2])
	}}}), Origin{})
	b.add("nullOr", elem(TypeNullOr), Origin{})
	// addCheck t f is t whose check is also f's (t.check x && f x): it
	// merges as t, and describes itself as t.
	b.add("addCheck", Ready(&Func{prim: &prim{"addCheck", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		t, ok := m.Force(a[0]).(*Attrs)
		if !ok {
			return m.Force(a[0])
		}
		var checks []*Thunk
		if c := t.Lookup(addedChecks); c != nil {
			if l, ok := m.Force(c).(*List); ok {
				checks = append(checks, l.Elems...)
			}
		}
		checks = append(checks, a[1])
		return Without(t, []string{addedChecks}).With(addedChecks, Ready(&List{Elems: checks, O: o}))
	}}}), Origin{})
	b.add(TypeStrMatching, Ready(&Func{prim: &prim{TypeStrMatching, 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return optionType(TypeStrMatching, o, "pattern", a[0])
	}}}), Origin{})
	b.add(TypeFunctionTo, elemOf(TypeFunctionTo, "elemType"), Origin{})
	either := func(left, right *Thunk, o Origin) Value {
		return optionType(TypeEither, o, "left", left, "right", right)
	}
	b.add(TypeEither, Ready(&Func{prim: &prim{TypeEither, 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return either(a[0], a[1], o)
	}}}), Origin{})
	// oneOf ts is foldl' either (head ts) (tail ts).
	b.add("oneOf", Ready(&Func{prim: &prim{"oneOf", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		l, ok := m.Force(a[0]).(*List)
		if !ok || len(l.Elems) == 0 {
			return &Unknown{Reason: "types.oneOf of other than a list of types", O: o}
		}
		acc := l.Elems[0]
		for _, t := range l.Elems[1:] {
			acc = Ready(either(acc, t, o))
		}
		return m.Force(acc)
	}}}), Origin{})
	// types.submodule takes a set defining it as its config (shorthand);
	// submoduleWith, by default, as a module.
	b.add("submodule", Ready(&Func{prim: &prim{TypeSubmodule, 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return optionType(TypeSubmodule, o, "modules", Lazy(func() Value {
			if l, ok := m.Force(a[0]).(*List); ok {
				return l
			}
			return &List{Elems: []*Thunk{a[0]}, O: o}
		}), "shorthand", &Bool{B: true, O: o})
	}}}), Origin{})
	b.add("submoduleWith", Ready(&Func{prim: &prim{"submoduleWith", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		// { modules, specialArgs ? { }, shorthandOnlyDefinesConfig ? false, … }
		arg := func(name string, dflt Value) *Thunk {
			return Lazy(func() Value {
				args := m.Force(a[0])
				if s, ok := args.(*Attrs); ok && s.Lookup(name) == nil && !s.Open && dflt != nil {
					return dflt
				}
				return m.selectName(args, name, o)
			})
		}
		return optionType(TypeSubmodule, o, "modules", arg("modules", nil),
			"specialArgs", arg("specialArgs", &Attrs{O: o}),
			"shorthand", arg("shorthandOnlyDefinesConfig", &Bool{O: o}))
	}}}), Origin{})
	return b.build(Origin{}, true)
}

// elemOf is the type constructor name of one argument, its attribute arg.
func elemOf(name, arg string) *Thunk {
	return Ready(&Func{prim: &prim{name, 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return optionType(name, o, arg, a[0])
	}}})
}
