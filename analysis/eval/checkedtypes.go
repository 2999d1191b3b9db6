package eval

import (
	"strconv"
	"strings"
)

// The types of lib.types that refine another (a range of ints, a string
// that is not blank, one that is a single line), wrap one (uniq, unique)
// or merge as lib.options' mergeDefaultOption does (unspecified, the type
// of an option declared without one), each as the pinned nixpkgs.lib
// defines it. The option merger reads them through acceptsRefined,
// describeOwn and mergeRefined.

// Type names of this file; the refined types keep the name of the type
// they refine (TypeInt, TypeStr, TypeStrMatching).
const (
	// TypeUnique is types.unique { message } elemType (and uniq, raw): the
	// element type's check and merge, with a single definition.
	TypeUnique = "unique"
	// TypePath is types.path: a string or path whose text begins with "/".
	TypePath = "path"
	// TypeUnspecified merges as mergeDefaultOption.
	TypeUnspecified = "unspecified"
)

// Attributes of the refined types, beside lib.types' description and
// descriptionClass, which they set in full.
const (
	refineMin      = "__min" // ints: the least value accepted
	refineMax      = "__max" // and the greatest
	refineNonBlank = "__nonBlank"
	refineTrimNL   = "__trimNewline" // singleLineStr: merged without one trailing "\n"
)

// described is the type t, named name, with lib.types' description and
// descriptionClass.
func described(name, desc, class string, kv ...any) *Attrs {
	return optionType(name, Origin{}, append([]any{"description", &String{S: desc}, "descriptionClass", &String{S: class}}, kv...)...)
}

// addCheckedTypes adds to lib.types those of this file.
func addCheckedTypes(b *attrsBuilder) {
	add := func(n string, v Value) { b.add(n, Ready(v), Origin{}) }
	add("nonEmptyStr", described(TypeStr, "non-empty string", "noun", refineNonBlank, &Bool{B: true}))
	add("singleLineStr", described(TypeStrMatching, "(optionally newline-terminated) single-line string", "noun",
		"pattern", &String{S: "[^\n\r]*\n?"}, refineTrimNL, &Bool{B: true}))
	add("path", described(TypePath, "absolute path", "noun"))
	add(TypeUnspecified, optionType(TypeUnspecified, Origin{}))
	ints, port := intTypes()
	add("ints", ints)
	add("port", port) // ints.u16
	unique := func(msg *Thunk, elem *Thunk, o Origin) Value {
		return optionType(TypeUnique, o, "message", msg, "elemType", elem)
	}
	// raw: any value, merged as mergeOneOption (unique with no message).
	add("raw", unique(Ready(&String{}), Ready(optionType(TypeAnyValue, Origin{})), Origin{}))
	add("uniq", &Func{prim: &prim{"uniq", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return unique(Ready(&String{O: o}), a[0], o)
	}}})
	add(TypeUnique, &Func{prim: &prim{TypeUnique, 2, func(m *Machine, a []*Thunk, o Origin) Value {
		return unique(Lazy(func() Value { return m.selectName(m.Force(a[0]), "message", o) }), a[1], o)
	}}})
}

// intTypes is lib.types.ints: int within a range (addCheck int), as
// described there; u16 is also returned.
func intTypes() (ints, u16 *Attrs) {
	itoa := func(n int64) string { return strconv.FormatInt(n, 10) }
	rangeDesc := func(lo, hi int64) string { return itoa(lo) + " and " + itoa(hi) + " (both inclusive)" }
	between := func(lo, hi int64, desc, class string) *Attrs {
		return described(TypeInt, desc, class, refineMin, &Int{N: lo}, refineMax, &Int{N: hi})
	}
	sized := func(bits int, lo, hi int64, kind string) *Attrs {
		return between(lo, hi, strconv.Itoa(bits)+" bit "+kind+" integer; between "+rangeDesc(lo, hi), "noun")
	}
	var b attrsBuilder
	add := func(n string, v Value) { b.add(n, Ready(v), Origin{}) }
	add("between", &Func{prim: &prim{"between", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		lo, okLo := m.Force(a[0]).(*Int)
		hi, okHi := m.Force(a[1]).(*Int)
		if !okLo || !okHi || lo.N > hi.N {
			return unknown(o, "ints.between of bounds the analysis does not know") // or Nix's assertion
		}
		return between(lo.N, hi.N, "integer between "+rangeDesc(lo.N, hi.N), "noun")
	}}})
	const maxInt = int64(^uint64(0) >> 1)
	add("unsigned", between(0, maxInt, "unsigned integer, meaning >=0", "nonRestrictiveClause"))
	add("positive", between(1, maxInt, "positive integer, meaning >0", "nonRestrictiveClause"))
	for _, bits := range []int{8, 16, 32} {
		size := int64(1) << bits
		unsigned := sized(bits, 0, size-1, "unsigned")
		if bits == 16 {
			u16 = unsigned
		}
		add("u"+strconv.Itoa(bits), unsigned)
		add("s"+strconv.Itoa(bits), sized(bits, -size/2, size/2-1, "signed"))
	}
	// Open: another nixpkgs.lib may have more of them.
	return b.build(Origin{}, true), u16
}

// refinedFlag reports whether the type t has the refinement flag name.
func (u *optionMerger) refinedFlag(t *Attrs, name string) bool {
	f := t.Lookup(name)
	if f == nil {
		return false
	}
	b, ok := u.m.Force(f).(*Bool)
	return ok && b.B
}

// acceptsRefined is the check of a type of this file (mine reports
// whether it is one), for v known.
func (u *optionMerger) acceptsRefined(typ Value, kind string, v Value) (ok, known, mine bool) {
	t, _ := typ.(*Attrs)
	if t == nil {
		return false, false, false
	}
	switch {
	case kind == TypeUnique:
		elem := u.m.Force(t.Lookup("elemType"))
		ok, known = u.accepts(elem, u.typeName(elem), v)
		return ok, known, true
	case kind == TypePath:
		ok, known = u.absolutePath(v)
		return ok, known, true
	case kind == TypeInt && t.Lookup(refineMin) != nil:
		n, isInt := v.(*Int)
		lo, okLo := u.m.Force(t.Lookup(refineMin)).(*Int)
		hi, okHi := u.m.Force(t.Lookup(refineMax)).(*Int)
		if !okLo || !okHi {
			return false, false, true
		}
		return isInt && n.N >= lo.N && n.N <= hi.N, true, true
	case kind == TypeStr && u.refinedFlag(t, refineNonBlank):
		// str.check x && builtins.match "[ \t\n]*" x == null
		s, isStr := v.(*String)
		return isStr && strings.Trim(s.S, " \t\n") != "", true, true
	}
	return false, false, false
}

// absolutePath is types.path's check of v: isStringLike v, and
// toString v begins with "/".
func (u *optionMerger) absolutePath(v Value) (ok, known bool) {
	switch v := v.(type) {
	case *Path:
		return true, true
	case *String:
		return strings.HasPrefix(v.S, "/"), true
	case *Attrs:
		if v.Open || v.Lookup("outPath") != nil || v.Lookup("__toString") != nil {
			return false, false // what toString gives is not followed
		}
		return false, true
	case *Unknown:
		return false, false
	}
	return false, true
}

// describeOwn is the description of a type that states its own (those of
// this file), and the element's for unique; own is false for others.
func (u *optionMerger) describeOwn(t *Attrs, depth int) (desc, class string, ok, own bool) {
	if u.typeName(t) == TypeUnique {
		desc, class, ok = u.describe(u.m.Force(t.Lookup("elemType")), depth+1)
		return desc, class, ok, true
	}
	d, c := t.Lookup("description"), t.Lookup("descriptionClass")
	if d == nil || c == nil {
		return "", "", false, false
	}
	ds, okD := u.m.Force(d).(*String)
	cs, okC := u.m.Force(c).(*String)
	if !okD || !okC {
		return "", "", false, true
	}
	return ds.S, cs.S, true, true
}

// mergeRefined merges the definitions ds, checked, of an option of a type
// of this file (mine reports whether it is one).
func (u *optionMerger) mergeRefined(typ Value, ds []Def, depth int, p optionAt) (v Value, mine bool) {
	t, _ := typ.(*Attrs)
	if t == nil {
		return nil, false
	}
	switch kind := u.typeName(t); {
	case kind == TypeUnique:
		if len(ds) > 1 {
			return u.notUnique(t, ds, p.loc), true
		}
		return u.merge(u.m.Force(t.Lookup("elemType")), nil, ds, depth, p), true
	case kind == TypeUnspecified:
		return u.mergeDefault(ds, p), true
	case kind == TypePath:
		if bad := u.conflicts(ds, p.loc); bad != nil {
			return bad, true
		}
		if len(ds) > 1 {
			for _, d := range ds[1:] {
				if eq, known := u.m.Equal(u.m.Force(d.T), u.m.Force(ds[0].T)); !eq || !known {
					return &Unknown{Reason: "differing definitions of a types.path"}, true
				}
			}
		}
		return u.m.Force(ds[0].T), true
	case kind == TypeStrMatching && u.refinedFlag(t, refineTrimNL):
		// lib.removeSuffix "\n" (str.merge loc defs); equal already.
		switch s := u.m.Force(ds[0].T).(type) {
		case *String:
			return &String{S: strings.TrimSuffix(s.S, "\n"), O: s.O}, true
		case *Unknown:
			return s, true
		}
		return &Unknown{Reason: "a singleLineStr defined by other than a string"}, true
	}
	return nil, false
}

// notUnique is mergeUniqueOption's error for the definitions ds (more
// than one) of the option at loc of type t, unique, when certain.
func (u *optionMerger) notUnique(t *Attrs, ds []Def, loc []string) Value {
	msg, ok := u.m.Force(t.Lookup("message")).(*String)
	if u.checks.Unique == nil || !ok || !filesKnown(ds) {
		return &Unknown{Reason: "a unique option defined more than once"}
	}
	return &Unknown{Reason: "error", Err: &Error{Msg: u.checks.Unique(loc, msg.S, ds), O: u.m.Force(ds[1].T).Origin(), Check: ConflictCheck}}
}

// filesKnown reports whether the file of every definition in ds is known.
func filesKnown(ds []Def) bool {
	for _, d := range ds {
		if d.File == "" {
			return false
		}
	}
	return true
}

// mergeDefault is lib.options.mergeDefaultOption of the definitions ds at
// p: one is the value; functions, lists, sets, booleans and strings
// combine by kind; equal ints are the first; anything else is Nix's
// error.
func (u *optionMerger) mergeDefault(ds []Def, p optionAt) Value {
	first := u.m.Force(ds[0].T)
	if len(ds) == 1 {
		return first
	}
	vals := make([]Value, len(ds))
	same := true
	for i, d := range ds {
		vals[i] = u.m.Force(d.T)
		if _, unknown := vals[i].(*Unknown); unknown {
			return vals[i]
		}
		if a, ok := vals[i].(*Attrs); ok && a.Open {
			return &Unknown{Reason: "an untyped option defined by sets not known in full"}
		}
		same = same && vals[i].Kind() == first.Kind()
	}
	switch first.(type) {
	case *Func:
		if same {
			return &Unknown{Reason: "several functions defining an untyped option"}
		}
	case *List:
		if same {
			var elems []*Thunk
			for _, v := range vals {
				elems = append(elems, v.(*List).Elems...)
			}
			return &List{Elems: elems, O: first.Origin()}
		}
	case *Attrs:
		if same {
			// foldl' lib.mergeAttrs { }: the later definitions win.
			var res Value = &Attrs{}
			for _, v := range vals {
				res = u.m.update(res, v, Origin{})
			}
			return res
		}
	case *Bool:
		if same {
			anyTrue := false
			for _, v := range vals {
				anyTrue = anyTrue || v.(*Bool).B
			}
			return &Bool{B: anyTrue, O: first.Origin()}
		}
	case *String:
		if same {
			var b strings.Builder
			for _, v := range vals {
				b.WriteString(v.(*String).S)
			}
			return &String{S: b.String(), O: p.at}
		}
	case *Int:
		equal := same
		for _, v := range vals {
			equal = equal && v.(*Int).N == first.(*Int).N
		}
		if equal {
			return first
		}
	}
	if u.checks.CannotMerge == nil || !filesKnown(ds) {
		return &Unknown{Reason: "definitions of an untyped option that do not merge"}
	}
	return &Unknown{Reason: "error", Err: &Error{Msg: u.checks.CannotMerge(p.loc, ds), O: vals[1].Origin(), Check: ConflictCheck}}
}
