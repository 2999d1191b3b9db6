package eval

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Options other than the policy's (a team's own options.fleet, an
// inventory evaluated with lib.evalModules) are merged as the module system
// would: definitions under mkIf, mkMerge and mkOverride, sets of attrsOf
// merged by name, lists concatenated, submodules with their options'
// defaults (their modules get their name and their own config), declared
// defaults when nothing is defined. lib.types are data (types.go); a type
// not modelled merges as a single value. Reading an option gives the
// module system's errors where they are certain (OptionChecks): a
// definition not of the option's type, differing definitions of a single
// value, no value at all; like Nix, only the options read are checked.

// Named is one definition or declaration of a top-level option; File is
// the definition's module file as messages name it ("" when not known:
// its definitions are then not checked).
type Named struct {
	Name string
	File string
	T    *Thunk
}

// Def is one definition of an option: its value and its module's file.
type Def struct {
	File string
	T    *Thunk
}

// OptionChecks are the module system's errors MergeOptions makes reading
// an option give, where they are certain; the functions word them as the
// analysis words them for the policy's own options.
type OptionChecks struct {
	// NotOfType, if set, words the error for the definitions invalid of
	// the option at loc, certainly not of its type (str, int, bool, enum,
	// attrsOf and listOf of them), which desc describes (v2: a type whose
	// merge checks them, "TypeError: ").
	NotOfType func(loc []string, desc string, v2 bool, invalid []Def) string
	// Neither, if set, words the error for the definitions defs of the
	// option at loc, of type desc, types.either of left and right, when
	// neither type accepts every one of them.
	Neither func(loc []string, desc, left, right string, defs []Def) string
	// Conflict, if set, words the error for two definitions of an option
	// of type str, int, bool or enum whose values differ (lib.options'
	// mergeEqualOption).
	Conflict func(loc []string, first, other Def) string
	// NoSuchOption, if set, words the error for a definition of the
	// option name, which the options at loc do not have (candidates are
	// those they have): a submodule's value is that error when its
	// definitions define an option it does not declare.
	NoSuchOption func(loc []string, name string, d Def, candidates []string) string
	// Unique, if set, words mergeUniqueOption's error for the definitions
	// defs (more than one) of the option at loc, of a type made by
	// types.unique { message } (uniq, raw).
	Unique func(loc []string, message string, defs []Def) string
	// ReadOnly, if set, words evalOptionValue's error for an option
	// declared readOnly that is defined more than once; defs are the
	// definitions, each merged alone (its separateDefs).
	ReadOnly func(loc []string, defs []Def) string
	// CannotMerge, if set, words mergeDefaultOption's error for the
	// definitions defs of an option without a type (types.unspecified)
	// that do not combine.
	CannotMerge func(loc []string, defs []Def) string
	// Complete: the definitions given are all there are (no module, alias
	// or value the analysis cannot see adds one), so that an option of a
	// type without an empty value (str, int, bool, enum) that has neither
	// definition nor default is Nix's "was accessed but has no value
	// defined", and attrsOf and listOf are empty.
	Complete bool
}

// optionMerger merges declarations and definitions gathered from modules.
type optionMerger struct {
	m      *Machine
	checks OptionChecks
	// partial: the options are declared by more than one module, of
	// which the analysis reads one: a set of options may have more.
	partial bool
	// all are the definitions of every top-level option, which an
	// alias's definition stands for (aliasProp).
	all []Named
}

// optionAt is where an option is merged.
type optionAt struct {
	loc []string
	// complete: every definition of the option is known.
	complete bool
	// at is where a message about the option points when no definition
	// is there to point at.
	at Origin
	// desc, if set, describes the type messages name: an enclosing
	// coercedTo's, whose merge hands its definitions, coerced, to the
	// type's merge. Then only a type whose merge checks them (v2) does.
	desc string
}

// in is the option name inside p.
func (p optionAt) in(name string, complete bool, at Origin) optionAt {
	if !at.IsValid() {
		at = p.at
	}
	return optionAt{loc: append(p.loc[:len(p.loc):len(p.loc)], name), complete: p.complete && complete, at: at}
}

// MergeOptions returns, by top-level name, the merged value of each
// declared option; defs are in the order the module system merges them
// (the reverse of the modules' breadth-first order).
func (m *Machine) MergeOptions(decls map[string][]*Thunk, defs []Named, checks OptionChecks) map[string]*Thunk {
	return m.mergeEach(decls, defs, checks, func(u *optionMerger, decl Value, own []Def, at optionAt) Value {
		return u.valueNamed(decl, own, 0, "", at)
	})
}

// mergeEach returns, by top-level name, what merge makes of the option
// (or set of options) declared there, its definitions and where it is.
func (m *Machine) mergeEach(decls map[string][]*Thunk, defs []Named, checks OptionChecks, merge func(u *optionMerger, decl Value, own []Def, at optionAt) Value) map[string]*Thunk {
	u := &optionMerger{m: m, checks: checks, all: defs}
	out := map[string]*Thunk{}
	for name, ds := range decls {
		var own []Def
		for _, d := range defs {
			if d.Name == name {
				own = append(own, Def{d.File, d.T})
			}
		}
		decl := u.mergeDecls(ds)
		at := optionAt{loc: []string{name}, complete: checks.Complete}
		out[name] = Lazy(func() Value { return merge(u, decl, own, at) })
	}
	return out
}

// mergeDecls combines several modules' declarations of one name (nested
// option sets merge).
func (u *optionMerger) mergeDecls(ds []*Thunk) Value {
	if len(ds) == 1 {
		return u.m.Force(ds[0])
	}
	vals := map[string][]*Thunk{}
	for _, d := range ds {
		a, ok := u.m.Force(d).(*Attrs)
		if ok && isOption(u.m, a) {
			// Declared twice: the analysis reads the first declaration,
			// not knowing in full what the others add.
			return a.With(declaredTwice, Ready(&Bool{B: true}))
		}
		if !ok {
			return u.m.Force(d)
		}
		for i, n := range a.Names {
			vals[n] = append(vals[n], a.Vals[i])
		}
	}
	merged := map[string]*Thunk{}
	for n, ts := range vals {
		ts := ts
		merged[n] = Lazy(func() Value { return u.mergeDecls(ts) })
	}
	return NewAttrsOf(merged, false, Origin{})
}

// declaredTwice marks an option declared by more than one module.
const declaredTwice = "__declaredTwice"

func isOption(m *Machine, a *Attrs) bool {
	t := a.Lookup("_type")
	if t == nil {
		return false
	}
	s, ok := m.Force(t).(*String)
	return ok && s.S == "option"
}

// valueNamed merges defs of the option (or set of options) decl at p, in
// the submodule called name.
func (u *optionMerger) valueNamed(decl Value, defs []Def, depth int, name string, p optionAt) Value {
	if depth > 32 {
		return &Unknown{Reason: "options nested too deep"}
	}
	a, ok := decl.(*Attrs)
	if !ok {
		return &Unknown{Reason: "an option declaration the analysis cannot read"}
	}
	if isOption(u.m, a) {
		var dflt *Thunk
		if t := a.Lookup("default"); t != nil {
			dflt = t
		}
		// opt.type or types.unspecified
		var typ Value = optionType(TypeUnspecified, Origin{})
		if t := a.Lookup("type"); t != nil {
			typ = u.m.Force(t)
		}
		if !p.at.IsValid() {
			p.at = a.O
		}
		if a.Lookup(declaredTwice) != nil {
			// The types of the declarations merge (enums add their values,
			// submodules their options): nothing is checked, and the
			// submodules may have more options.
			p.complete = false
			return (&optionMerger{m: u.m, partial: true, all: u.all}).merge(typ, dflt, defs, depth, p)
		}
		if bad := u.readOnlyTwice(a, typ, dflt, defs, depth, p); bad != nil {
			return bad
		}
		v := u.merge(typ, dflt, defs, depth, p)
		if f := a.Lookup("apply"); f != nil {
			// What config holds is the merged value through apply.
			return u.m.Apply(u.m.Force(f), Ready(v), p.at)
		}
		return v
	}
	// A set of options: each from the same attribute of every definition.
	sets, open := u.attrsOf(u.discharge(defs))
	vals := map[string]*Thunk{}
	for i, n := range a.Names {
		sub, child := a.Vals[i], u.pick(sets, n)
		var at Origin
		if len(sets) > 0 {
			at = sets[0].a.O
		}
		in := p.in(n, !open, at)
		vals[n] = Lazy(func() Value { return u.valueNamed(u.m.Force(sub), child, depth+1, name, in) })
	}
	return NewAttrsOf(vals, open || a.Open || u.partial, Origin{})
}

// readOnlyTwice is evalOptionValue's error for the option decl, declared
// readOnly, when its default and definitions defs are more than one
// (counted before mkIf and mkMerge are discharged, as Nix counts them), or
// nil.
func (u *optionMerger) readOnlyTwice(decl *Attrs, typ Value, dflt *Thunk, defs []Def, depth int, p optionAt) Value {
	t := decl.Lookup("readOnly")
	if t == nil || len(defs) == 0 || len(defs) == 1 && dflt == nil {
		return nil
	}
	switch ro := u.m.Force(t).(type) {
	case *Bool:
		if !ro.B {
			return nil
		}
	default:
		return &Unknown{Reason: "an option whose readOnly is not known"}
	}
	if dflt != nil || u.checks.ReadOnly == nil {
		// The default is shown as defined in the declaring file, which
		// the analysis does not keep.
		return &Unknown{Reason: "a read-only option defined more than once"}
	}
	separate := make([]Def, len(defs))
	for i, d := range defs {
		separate[i] = Def{d.File, Lazy(func() Value { return u.merge(typ, nil, []Def{d}, depth, p) })}
	}
	return &Unknown{Reason: "error", Err: &Error{Msg: u.checks.ReadOnly(p.loc, separate), O: u.m.Force(defs[1].T).Origin(), Check: ConflictCheck}}
}

// typeName is the name of an option type, or "".
func (u *optionMerger) typeName(typ Value) string {
	if t, ok := typ.(*Attrs); ok {
		if n := t.Lookup("name"); n != nil {
			if s, ok := u.m.Force(n).(*String); ok {
				return s.S
			}
		}
	}
	return ""
}

// merge merges the definitions of the option of type typ at p.
func (u *optionMerger) merge(typ Value, dflt *Thunk, defs []Def, depth int, p optionAt) Value {
	ds := u.discharge(defs)
	if len(ds) == 0 {
		if dflt != nil {
			// The declaration's file is not known: a default is not checked.
			return u.merge(typ, nil, []Def{{T: dflt}}, depth, p)
		}
		return u.empty(typ, p)
	}
	if u.typeName(typ) == TypeEither {
		return u.mergeEither(typ.(*Attrs), ds, depth, p)
	}
	if bad := u.check(typ, ds, p); bad != nil {
		return bad
	}
	if bad := u.equal(typ, ds, p.loc); bad != nil {
		return bad
	}
	if v, ok := u.mergeRefined(typ, ds, depth, p); ok {
		return v
	}
	switch u.typeName(typ) {
	case TypeSeparated:
		sep, ok := u.m.Force(typ.(*Attrs).Lookup("sep")).(*String)
		if !ok {
			return &Unknown{Reason: "a separatedString without a known separator"}
		}
		parts := make([]string, len(ds))
		for i, d := range ds {
			s, ok := u.m.Force(d.T).(*String)
			if !ok {
				return &Unknown{Reason: "a separatedString option defined by other than strings"}
			}
			parts[i] = s.S
		}
		return &String{S: strings.Join(parts, sep.S), O: p.at}
	case TypeDeferredModule:
		// lib.types.deferredModule: a module importing every definition,
		// each where it comes from (setDefaultModuleLocation).
		imports := make([]*Thunk, len(ds))
		first := Origin{}
		for i, d := range ds {
			at := u.m.Force(d.T).Origin() // the definition: what messages about the module point at
			if !at.IsValid() {
				at = p.at
			}
			first = cmp.Or(first, at)
			file := &String{S: d.File + ", via option " + showOptionPath(p.loc), O: at}
			imports[i] = Ready(mkAttrs(at, "_file", file, "imports", &List{Elems: []*Thunk{d.T}, O: at}))
		}
		var b attrsBuilder
		b.add("imports", Ready(&List{Elems: imports, O: first}), first)
		return b.build(first, false)
	case TypeAttrsOf:
		t := typ.(*Attrs)
		return u.mergeAttrsOf(u.m.Force(t.Lookup("elemType")), t.Lookup("lazy") != nil, ds, depth, p)
	case TypeAnything:
		return u.mergeAnything(typ, ds, depth, p)
	case TypeListOf:
		elem := u.m.Force(typ.(*Attrs).Lookup("elemType"))
		var elems []*Thunk
		for n, d := range ds {
			l, ok := u.m.Force(d.T).(*List)
			if !ok {
				return &Unknown{Reason: "a list option the analysis cannot merge"}
			}
			if u.typeName(elem) == TypeAnyValue {
				// Nothing to check or merge: the element is its value.
				elems = append(elems, l.Elems...)
				continue
			}
			// Each element is a definition of its own, merged (a
			// submodule's defaults) and checked when read.
			for m, e := range l.Elems {
				at := p.in("[definition "+itoa(n+1)+"-entry "+itoa(m+1)+"]", true, Origin{})
				el := []Def{{d.File, e}}
				elems = append(elems, Lazy(func() Value { return u.merge(elem, nil, el, depth+1, at) }))
			}
		}
		return &List{Elems: elems}
	case TypeNullOr:
		// All null, or none; both is an error of its own (not modelled).
		nulls := 0
		for _, d := range ds {
			switch v := u.m.Force(d.T).(type) {
			case *Null:
				nulls++
			case *Unknown:
				return v
			}
		}
		switch nulls {
		case 0:
			return u.merge(u.m.Force(typ.(*Attrs).Lookup("elemType")), nil, ds, depth, p)
		case len(ds):
			return &Null{O: u.m.Force(ds[0].T).Origin()}
		}
		return &Unknown{Reason: "nullOr defined both null and not null"}
	case TypeAttrs:
		// foldl' (res: def: res // def.value) { }
		var res Value = &Attrs{}
		for _, d := range ds {
			res = u.m.update(res, u.m.Force(d.T), Origin{})
		}
		return res
	case TypeCoercedTo:
		if p.desc == "" {
			p.desc, _, _ = u.describe(typ, 0)
		}
		return u.merge(u.m.Force(typ.(*Attrs).Lookup("to")), nil, u.coerce(typ.(*Attrs), ds), depth, p)
	case TypeSubmodule:
		var sub submoduleParts
		return u.submoduleValue(typ.(*Attrs), p.loc[len(p.loc)-1], ds, depth, p, &sub)
	}
	switch u.typeName(typ) {
	case TypeAttrTag:
		return u.mergeAttrTag(typ.(*Attrs), ds, depth, p)
	case TypeFunctionTo:
		return u.mergeFunctionTo(typ.(*Attrs), ds, depth, p)
	}
	if len(ds) > 1 && !u.single(typ) {
		// Merged as the type's merge function does, which the analysis
		// does not model (lists concatenated, sets merged, …).
		return &Unknown{Reason: "several definitions of an option of a type the analysis does not merge"}
	}
	v := u.m.Force(ds[0].T)
	if _, known := u.accepts(typ, u.typeName(typ), v); !known && !IsUnknown(v) {
		// A type whose check the analysis does not make (types it does
		// not model): the value may be Nix's error.
		return &Unknown{Reason: "a definition of a type the analysis does not check", O: v.Origin()}
	}
	return v
}

// submoduleValue is the value of the submodule of type typ called name
// (no name: lib.evalModules' own) at p, whose definitions are ds; *sub
// receives its modules once collected.
func (u *optionMerger) submoduleValue(typ *Attrs, name string, ds []Def, depth int, p optionAt, sub *submoduleParts) Value {
	// Its modules' config argument is the submodule's own value (the
	// defaults of its options may read the others).
	var self Value
	config := Lazy(func() Value {
		if self == nil {
			return &Unknown{Reason: "a submodule's config read while its options are declared"}
		}
		return self
	})
	*sub = u.submodule(typ, name, config, ds)
	if typ.Lookup(defsAreModules) != nil && !(p.complete && sub.complete) {
		// A module not known may declare more options.
		sub.complete = false
		if a, ok := sub.opts.(*Attrs); ok && !a.Open {
			open := *a
			open.Open = true
			sub.opts = &open
		}
	}
	if sub.complete && sub.freeform == nil {
		if bad := u.unmatched(sub.opts, sub.fromDefs, p.loc, 0); bad != nil {
			return bad
		}
	}
	p.complete = p.complete && sub.complete
	self = u.valueNamed(sub.opts, sub.defs, depth+1, name, p)
	if sub.freeform != nil {
		self = u.withFreeform(self, sub.opts, sub.freeform, sub.defs, depth, p)
	}
	return self
}

// mergeFunctionTo merges the definitions ds, checked, of a
// types.functionTo at p: a functor whose result, for the caller's
// arguments, merges each definition's as the element type.
func (u *optionMerger) mergeFunctionTo(typ *Attrs, ds []Def, depth int, p optionAt) Value {
	elem := u.m.Force(typ.Lookup("elemType"))
	in := p.in("<function body>", true, Origin{})
	functor := &Func{prim: &prim{TypeFunctionTo, 2, func(m *Machine, a []*Thunk, o Origin) Value {
		results := make([]Def, len(ds))
		for i, d := range ds {
			results[i] = Def{d.File, Lazy(func() Value { return m.Apply(m.Force(d.T), a[1], o) })}
		}
		return u.merge(elem, nil, results, depth+1, in)
	}}}
	args := Lazy(func() Value { return &Unknown{Reason: "a functionTo's __functionArgs"} })
	return NewAttrsOf(map[string]*Thunk{"__functor": Ready(functor), "__functionArgs": args}, false, p.at)
}

// mergeAttrTag merges the definitions ds, checked, of a types.attrTag at
// p: each defines the same one tag, merged as that tag's option.
func (u *optionMerger) mergeAttrTag(typ *Attrs, ds []Def, depth int, p optionAt) Value {
	tags, _ := u.m.Force(typ.Lookup("tags")).(*Attrs)
	first, _ := u.m.Force(ds[0].T).(*Attrs)
	if tags == nil || first == nil || len(first.Names) != 1 {
		return &Unknown{Reason: "a types.attrTag the analysis cannot read"}
	}
	choice := first.Names[0]
	defs := make([]Def, len(ds))
	for i, d := range ds {
		a, _ := u.m.Force(d.T).(*Attrs)
		if a == nil || len(a.Names) != 1 || a.Names[0] != choice {
			// Nix's "defined both as" error, not worded here.
			return &Unknown{Reason: "a types.attrTag defined as two tags"}
		}
		defs[i] = Def{d.File, a.Vals[0]}
	}
	decl := u.m.Force(tags.Lookup(choice))
	in := p.in(choice, true, first.KeyOrigin(choice))
	return NewAttrsOf(map[string]*Thunk{choice: Lazy(func() Value { return u.valueNamed(decl, defs, depth+1, "", in) })}, false, Origin{})
}

// mergeAttrsOf merges the definitions ds of an attrsOf elem by name. Of
// the strict attrsOf (not lazy) only the names that some definition
// defines after mkIf are there (filterAttrs on optionalValue): making the
// set discharges every name's definitions, by name, so that one failing
// fails it, and a name whose definitions are not known may be missing.
func (u *optionMerger) mergeAttrsOf(elem Value, lazy bool, ds []Def, depth int, p optionAt) Value {
	sets, open := u.attrsOf(ds)
	// Each name keeps where its first definition writes it, as a set
	// written in place does: a name read with mapAttrsToList or attrNames
	// is then a literal, to go to and rename.
	keys := map[string]Origin{}
	var names []string
	for _, s := range sets {
		for _, n := range s.a.Names {
			if _, seen := keys[n]; !seen {
				keys[n] = s.a.KeyOrigin(n)
				names = append(names, n)
			}
		}
	}
	slices.Sort(names)
	var b attrsBuilder
	// maybe: a name may be there or not; unknown: a value not known was
	// met, which may fail.
	maybe, unknown := false, false
	for _, n := range names {
		child := u.pick(sets, n)
		if !lazy {
			_, is := u.dischargeDefined(child)
			switch {
			case is.fail != nil && !unknown:
				return is.fail
			case is.fail != nil:
				// Nix fails here or at a name before.
				return &Unknown{Reason: "an attrsOf whose definitions fail"}
			}
			unknown = unknown || is.unknown != nil
			if !is.sure {
				// Missing, or not known to be there.
				maybe = maybe || is.unknown != nil
				continue
			}
		}
		in := p.in(n, !open, u.m.Force(child[0].T).Origin())
		b.add(n, Lazy(func() Value { return u.merge(elem, nil, child, depth+1, in) }), keys[n])
	}
	return b.build(Origin{}, open || maybe)
}

// mergeAnything merges the definitions ds of a types.anything as its
// merge does: sets by name, recursively (attrsOf anything), a set that is
// string-like or a function from one definition, other values when all
// are equal. Definitions of differing types are an error of Nix's that
// the analysis does not word: unknown.
func (u *optionMerger) mergeAnything(typ Value, ds []Def, depth int, p optionAt) Value {
	first := u.m.Force(ds[0].T)
	if len(ds) == 1 {
		if a, ok := first.(*Attrs); !ok || a.Open || a.Lookup("outPath") != nil || a.Lookup("__toString") != nil {
			return first
		}
		return u.mergeAttrsOf(typ, false, ds, depth, p) // mkIf and the like within
	}
	kind := func(v Value) string {
		if a, ok := v.(*Attrs); ok && (a.Open || a.Lookup("outPath") != nil || a.Lookup("__toString") != nil) {
			return "" // string-like (mergeOneOption: an error), or may be
		}
		return v.Kind().String()
	}
	common := kind(first)
	for _, d := range ds {
		v := u.m.Force(d.T)
		if _, unknown := v.(*Unknown); unknown || common == "" || kind(v) != common {
			return &Unknown{Reason: "definitions of a types.anything the analysis cannot merge"}
		}
	}
	switch first.(type) {
	case *Attrs:
		return u.mergeAttrsOf(typ, false, ds, depth, p)
	case *Func:
		return &Unknown{Reason: "several definitions of a function of type anything"}
	}
	// mergeEqualOption
	if bad := u.conflicts(ds, p.loc); bad != nil {
		return bad
	}
	for _, d := range ds[1:] {
		if eq, known := u.m.Equal(u.m.Force(d.T), first); !eq || !known {
			return &Unknown{Reason: "differing definitions of a types.anything"}
		}
	}
	return first
}

// mergeEither merges the definitions ds of a types.either as its merge
// does: as the left type when its check (its "head error") passes every
// definition, else as the right, else the module system's error. An
// either within nullOr merges by a path that only warns there; there
// every definition passes one side (nullOr checks first), so such
// definitions are unknown rather than that error.
func (u *optionMerger) mergeEither(typ *Attrs, ds []Def, depth int, p optionAt) Value {
	left, right := u.m.Force(typ.Lookup("left")), u.m.Force(typ.Lookup("right"))
	side := left
	fails, known := u.headError(left, ds)
	if known && fails {
		side = right
		fails, known = u.headError(right, ds)
		if known && fails {
			return u.neither(typ, left, right, ds, p)
		}
	}
	if !known {
		return &Unknown{Reason: "a types.either whose definitions the analysis cannot check"}
	}
	if typ.Lookup(addedChecks) != nil {
		// types.addCheck's functions run after the head error; their
		// error is not modelled here.
		for _, d := range ds {
			if ok, known := u.accepts(typ, TypeEither, u.m.Force(d.T)); !ok || !known {
				return &Unknown{Reason: "a types.either with an added check"}
			}
		}
	}
	return u.merge(side, nil, ds, depth, p)
}

// neither is the module system's error for the definitions ds of the
// types.either typ at p that neither left nor right accepts in full.
func (u *optionMerger) neither(typ *Attrs, left, right Value, ds []Def, p optionAt) Value {
	split := true
	for _, d := range ds {
		ok, _ := u.acceptsAs(typ, TypeEither, u.m.Force(d.T))
		split = split && ok
	}
	desc, _, ok := u.describe(typ, 0)
	if p.desc != "" {
		desc = p.desc
	}
	lDesc, _, lOk := u.describe(left, 0)
	rDesc, _, rOk := u.describe(right, 0)
	if split || !ok || !lOk || !rOk || u.checks.Neither == nil || slices.ContainsFunc(ds, func(d Def) bool { return d.File == "" }) {
		return &Unknown{Reason: "a types.either neither of whose types accepts its definitions"}
	}
	return &Unknown{Reason: "error", Err: &Error{Msg: u.checks.Neither(p.loc, desc, lDesc, rDesc, ds), O: u.m.Force(ds[0].T).Origin(), Check: TypeCheck}}
}

// headError reports whether some of the definitions ds fail the check
// type typ's merge makes of them all (lib.types' headError: for either,
// that both sides fail); known is false when that is not known.
func (u *optionMerger) headError(typ Value, ds []Def) (fails, known bool) {
	kind := u.typeName(typ)
	if kind != TypeEither {
		for _, d := range ds {
			ok, known := u.accepts(typ, kind, u.m.Force(d.T))
			if !known {
				return false, false
			}
			if !ok {
				return true, true
			}
		}
		return false, true
	}
	t := typ.(*Attrs)
	lFails, lKnown := u.headError(u.m.Force(t.Lookup("left")), ds)
	rFails, rKnown := u.headError(u.m.Force(t.Lookup("right")), ds)
	switch {
	case lKnown && !lFails || rKnown && !rFails:
		// types.addCheck's functions are tried after the head error.
	case lKnown && rKnown:
		return true, true
	default:
		return false, false
	}
	if t.Lookup(addedChecks) == nil {
		return false, true
	}
	for _, d := range ds {
		v := u.m.Force(d.T)
		ok, known := u.accepts(typ, kind, v)
		if !known {
			return false, false
		}
		if !ok {
			return true, true
		}
	}
	return false, true
}

// single reports whether the definitions of an option of type typ must
// all be equal, so that the first is its value.
func (u *optionMerger) single(typ Value) bool {
	switch u.typeName(typ) {
	case TypeStr, TypeStrMatching, TypeInt, TypeBool, TypeEnum, TypeFloat:
		return true
	}
	return false
}

// unmatched returns the module system's error for the first definition
// in defs, definitions of the options decl at loc, of an option decl does
// not declare, or nil. Names under an unknown condition count, as Nix
// pushes conditions down to the names; those of sets not known in full,
// and of definitions written as modules, are not followed.
func (u *optionMerger) unmatched(decl Value, defs []Def, loc []string, depth int) Value {
	if u.checks.NoSuchOption == nil || depth > 16 {
		return nil
	}
	a, ok := decl.(*Attrs)
	if !ok || a.Open || isOption(u.m, a) {
		return nil
	}
	sets, _ := u.attrsOf(u.discharge(defs))
	for _, s := range sets {
		if s.file == "" {
			return nil
		}
	}
	// The first by name, then in the order of the definitions. Every
	// submodule has _module (lib.modules' internal module declares it).
	var first *fileSet
	name := ""
	for _, s := range sets {
		for _, n := range s.a.Names {
			if a.Lookup(n) == nil && (depth > 0 || n != "_module") && (first == nil || n < name) {
				first, name = &s, n
			}
		}
	}
	if first != nil {
		d := Def{first.file, first.a.Lookup(name)}
		return &Unknown{Reason: "error", Err: &Error{Msg: u.checks.NoSuchOption(loc, name, d, a.Names), O: first.a.KeyOrigin(name), Check: ExistsCheck}}
	}
	for _, n := range a.Names {
		if bad := u.unmatched(u.m.Force(a.Lookup(n)), u.pick(sets, n), append(loc[:len(loc):len(loc)], n), depth+1); bad != nil {
			return bad
		}
	}
	return nil
}

// empty is the value of an option of type typ without definition or
// default: the type's empty value, or Nix's error for a type without one,
// when every definition is known.
func (u *optionMerger) empty(typ Value, p optionAt) Value {
	if !p.complete {
		return &Unknown{Reason: "an option without definition"}
	}
	switch u.typeName(typ) {
	case TypeAttrsOf, TypeAttrs:
		return &Attrs{}
	case TypeListOf:
		if u.refinedFlag(typ.(*Attrs), refineNonEmpty) {
			return u.noValue(p) // nonEmptyListOf: no empty value
		}
		return &List{}
	case TypeNullOr:
		return &Null{}
	case TypeUnique:
		return u.empty(u.m.Force(typ.(*Attrs).Lookup("elemType")), p)
	case TypeStr, TypeStrMatching, TypeInt, TypeBool, TypeEnum, TypeEither, TypePath, TypeUnspecified, TypeFloat, TypeAttrTag:
		return u.noValue(p)
	}
	return &Unknown{Reason: "an option without definition"}
}

// noValue is Nix's error for the option at p, of a type without an empty
// value, that has no definition.
func (u *optionMerger) noValue(p optionAt) Value {
	return &Unknown{Reason: "error", Err: &Error{Msg: "The option `" + showOptionPath(p.loc) + "' was accessed but has no value defined. Try setting the option.", O: p.at}}
}

// showOptionPath is lib.options.showOption: the names joined by dots,
// quoted where they are no identifiers.
func showOptionPath(loc []string) string {
	parts := make([]string, len(loc))
	for i, n := range loc {
		parts[i] = EscapeNixIdentifier(n)
	}
	return strings.Join(parts, ".")
}

// coerce applies coercedTo's function to the definitions of the type it
// coerces from (lib.types' finalDefs; each keeps its file).
func (u *optionMerger) coerce(typ *Attrs, ds []Def) []Def {
	from := u.m.Force(typ.Lookup("from"))
	out := make([]Def, len(ds))
	for i, d := range ds {
		v := u.m.Force(d.T)
		is, known := u.accepts(from, u.typeName(from), v)
		f, isFunc := u.m.Force(typ.Lookup("coerce")).(*Func)
		switch {
		case !known || is && !isFunc:
			out[i] = Def{d.File, Ready(&Unknown{Reason: "coercedTo", O: v.Origin()})}
		case is:
			out[i] = Def{d.File, Lazy(func() Value { return u.m.Apply(f, d.T, v.Origin()) })}
		default:
			out[i] = d
		}
	}
	return out
}

// check returns the module system's error when some of the definitions ds
// of the option at p are certainly not of type typ, or nil when none is
// or that is not known; unknown when one certainly is, but the analysis
// cannot word the error (a definition from a file it cannot name, a type
// it cannot describe).
func (u *optionMerger) check(typ Value, ds []Def, p optionAt) Value {
	desc, _, ok := u.describe(typ, 0)
	kind := u.typeName(typ)
	v2 := u.checksInMerge(typ)
	// Nix's error, which the analysis cannot word: the value is unknown.
	unworded := !ok || u.checks.NotOfType == nil
	switch {
	case p.desc != "" && !v2:
		return nil
	case p.desc != "":
		desc = p.desc
	case kind == TypeCoercedTo && u.checksInMerge(u.m.Force(typ.(*Attrs).Lookup("to"))):
		return nil // the type it coerces to checks the coerced definitions
	}
	var invalid []Def
	for _, d := range ds {
		v := u.m.Force(d.T)
		valid, known := u.accepts(typ, kind, v)
		if !known {
			return nil
		}
		if !valid {
			invalid = append(invalid, d)
			unworded = unworded || d.File == ""
		}
	}
	switch {
	case len(invalid) == 0:
		return nil
	case unworded:
		return &Unknown{Reason: "a definition not of its option's type, from where the analysis cannot say"}
	}
	return &Unknown{Reason: "error", Err: &Error{Msg: u.checks.NotOfType(p.loc, desc, v2, invalid), O: u.m.Force(invalid[0].T).Origin(), Check: TypeCheck}}
}

// checksInMerge reports whether the merge of the type typ checks its
// definitions (lib.types' merge.v2, whose errors add "TypeError: ").
func (u *optionMerger) checksInMerge(typ Value) bool {
	switch u.typeName(typ) {
	case TypeAttrsOf, TypeListOf, TypeEither, TypeCoercedTo:
		return true
	}
	return false
}

// equal returns the module system's error when the definitions ds of the
// option at loc, of a type whose definitions must all be equal, certainly
// differ (the first pair that does), or nil.
func (u *optionMerger) equal(typ Value, ds []Def, loc []string) Value {
	switch u.typeName(typ) {
	case TypeStr, TypeStrMatching, TypeInt, TypeBool, TypeEnum, TypeFloat:
		return u.conflicts(ds, loc)
	}
	return nil
}

// conflicts returns the module system's error when the definitions ds of
// the option at loc certainly differ (lib.options' mergeEqualOption: the
// first pair that does), or nil.
func (u *optionMerger) conflicts(ds []Def, loc []string) Value {
	if len(ds) < 2 {
		return nil
	}
	first := u.m.Force(ds[0].T)
	for _, d := range ds[1:] {
		v := u.m.Force(d.T)
		eq, known := u.m.Equal(v, first)
		switch {
		case known && eq:
			continue
		case known && u.checks.Conflict != nil && ds[0].File != "" && d.File != "":
			return &Unknown{Reason: "error", Err: &Error{Msg: u.checks.Conflict(loc, ds[0], d), O: v.Origin(), Check: ConflictCheck}}
		}
		// They may differ (or one may not be there): the value is
		// either Nix's error or not the first.
		return &Unknown{Reason: "definitions of a single value that may differ"}
	}
	return nil
}

// accepts reports whether v, known, is of the type typ (of kind), as the
// type's check decides; known is false when that depends on what is not
// known.
func (u *optionMerger) accepts(typ Value, kind string, v Value) (ok, known bool) {
	if _, unknown := v.(*Unknown); unknown {
		return false, false
	}
	ok, known, refined := u.acceptsRefined(typ, kind, v)
	if !refined {
		ok, known = u.acceptsAs(typ, kind, v)
	}
	t, _ := typ.(*Attrs)
	if !ok || !known || t == nil || t.Lookup(addedChecks) == nil {
		return ok, known
	}
	checks, _ := u.m.Force(t.Lookup(addedChecks)).(*List)
	if checks == nil {
		return false, false
	}
	for _, c := range checks.Elems {
		switch r := u.m.Apply(u.m.Force(c), Ready(v), v.Origin()).(type) {
		case *Bool:
			if !r.B {
				return false, true
			}
		default:
			return false, false // unknown, or an error of its own
		}
	}
	return true, true
}

// acceptsAs is accepts by the check of the kind alone.
func (u *optionMerger) acceptsAs(typ Value, kind string, v Value) (ok, known bool) {
	switch kind {
	case TypeStr:
		_, ok = v.(*String)
	case TypeStrMatching:
		// str.check x && builtins.match pattern x != null
		str, isStr := v.(*String)
		if !isStr {
			return false, true
		}
		pattern, ok := u.m.Force(typ.(*Attrs).Lookup("pattern")).(*String)
		if !ok {
			return false, false
		}
		e := u.m.regexp(pattern.S)
		if e.err != nil {
			return false, false // Nix's error of its own
		}
		return e.anchored.MatchString(str.S), true
	case TypeInt:
		_, ok = v.(*Int)
	case TypeFloat:
		_, ok = v.(*Float)
	case TypeAnyValue:
		ok = true
	case TypeFunctionTo:
		_, ok = v.(*Func) // isFunction: not a functor
	case TypeAttrTag:
		// isAttrs v && length (attrNames v) == 1 && tags ? ${head (attrNames v)}
		a, isSet := v.(*Attrs)
		tags, known := u.m.Force(typ.(*Attrs).Lookup("tags")).(*Attrs)
		switch {
		case !isSet:
			return false, true
		case a.Open || !known || tags.Open:
			return false, false
		}
		return len(a.Names) == 1 && tags.Lookup(a.Names[0]) != nil, true
	case TypeBool:
		_, ok = v.(*Bool)
	case TypeAttrsOf:
		_, ok = v.(*Attrs)
	case TypeListOf:
		_, ok = v.(*List)
	case TypeAttrs:
		_, ok = v.(*Attrs)
	case TypeSubmodule:
		// isAttrs x || isFunction x || path.check x
		switch v := v.(type) {
		case *Attrs, *Func, *Path:
			ok = true
		case *String:
			ok = strings.HasPrefix(v.S, "/")
		}
	case TypeCoercedTo:
		// (from.check x && to.check (coerce x)) || to.check x
		t := typ.(*Attrs)
		from, to := u.m.Force(t.Lookup("from")), u.m.Force(t.Lookup("to"))
		if ok, known := u.accepts(to, u.typeName(to), v); ok || !known {
			return ok, known
		}
		if ok, known := u.accepts(from, u.typeName(from), v); !ok || !known {
			return false, known
		}
		f, isFunc := u.m.Force(t.Lookup("coerce")).(*Func)
		if !isFunc {
			return false, false
		}
		return u.accepts(to, u.typeName(to), u.m.Apply(f, Ready(v), v.Origin()))
	case TypeEither:
		left, right := u.m.Force(typ.(*Attrs).Lookup("left")), u.m.Force(typ.(*Attrs).Lookup("right"))
		l, lKnown := u.accepts(left, u.typeName(left), v)
		if l && lKnown {
			return true, true
		}
		r, rKnown := u.accepts(right, u.typeName(right), v)
		return r && rKnown, r && rKnown || lKnown && rKnown
	case TypeNullOr:
		if _, null := v.(*Null); null {
			return true, true
		}
		elem := u.m.Force(typ.(*Attrs).Lookup("elemType"))
		return u.accepts(elem, u.typeName(elem), v)
	case TypeEnum:
		// lib.elem: == against each value until one is equal.
		l, _ := u.m.Force(typ.(*Attrs).Lookup("values")).(*List)
		if l == nil {
			return false, false
		}
		known = true
		for _, e := range l.Elems {
			eq, k := u.m.Equal(v, u.m.Force(e))
			if eq && k {
				return true, true
			}
			known = known && k
		}
		return false, known
	default:
		return false, false
	}
	return ok, true
}

// describe returns the description of an option type the analysis checks
// (lib.types' description) and its descriptionClass, or false.
func (u *optionMerger) describe(typ Value, depth int) (desc, class string, ok bool) {
	t, isSet := typ.(*Attrs)
	if !isSet || depth > 16 {
		return "", "", false
	}
	if desc, class, ok, own := u.describeOwn(t, depth); own {
		return desc, class, ok
	}
	switch kind := u.typeName(typ); kind {
	case TypeStr:
		return "string", "noun", true
	case TypeStrMatching:
		pattern, ok := u.m.Force(t.Lookup("pattern")).(*String)
		if !ok {
			return "", "", false
		}
		return "string matching the pattern " + pattern.S, "noun", true
	case TypeInt:
		return "signed integer", "noun", true
	case TypeFloat:
		return "floating point number", "noun", true
	case TypeAttrTag:
		tags, ok := u.m.Force(t.Lookup("tags")).(*Attrs)
		if !ok || tags.Open {
			return "", "", false
		}
		choices := make([]string, len(tags.Names))
		for i, n := range tags.Names {
			choices[i] = EscapeNixIdentifier(n)
		}
		return "attribute-tagged union with choices: " + strings.Join(choices, ", "), "noun", true
	case TypeBool:
		return "boolean", "noun", true
	case TypeAttrs:
		return "attribute set", "", true
	case TypeEnum:
		l, _ := u.m.Force(t.Lookup("values")).(*List)
		if l == nil {
			return "", "", false
		}
		shown := make([]string, len(l.Elems))
		for i, e := range l.Elems {
			switch v := u.m.Force(e).(type) {
			case *String:
				shown[i] = `"` + v.S + `"`
			case *Int:
				shown[i] = itoa(int(v.N))
			case *Bool:
				shown[i] = "false"
				if v.B {
					shown[i] = "true"
				}
			case *Unknown:
				return "", "", false
			default:
				shown[i] = "<" + v.Kind().String() + ">"
			}
		}
		switch len(shown) {
		case 0:
			return "impossible (empty enum)", "noun", true
		case 1:
			return "value " + shown[0] + " (singular enum)", "noun", true
		}
		return "one of " + strings.Join(shown, ", "), "conjunction", true
	case TypeNullOr:
		elem, elemClass, ok := u.describe(u.m.Force(t.Lookup("elemType")), depth+1)
		if !ok {
			return "", "", false
		}
		if elemClass != "noun" && elemClass != "conjunction" {
			elem = "(" + elem + ")"
		}
		return "null or " + elem, "conjunction", true
	case TypeCoercedTo:
		to, toClass, ok := u.describe(u.m.Force(t.Lookup("to")), depth+1)
		from, fromClass, ok2 := u.describe(u.m.Force(t.Lookup("from")), depth+1)
		if !ok || !ok2 {
			return "", "", false
		}
		if toClass != "noun" {
			to = "(" + to + ")"
		}
		if fromClass != "noun" {
			from = "(" + from + ")"
		}
		return to + " or " + from + " convertible to it", "", true
	case TypeEither:
		left, leftClass, ok := u.describe(u.m.Force(t.Lookup("left")), depth+1)
		right, rightClass, ok2 := u.describe(u.m.Force(t.Lookup("right")), depth+1)
		if !ok || !ok2 {
			return "", "", false
		}
		if leftClass != "noun" && leftClass != "conjunction" {
			left = "(" + left + ")"
		}
		if rightClass != "noun" && rightClass != "conjunction" && rightClass != "composite" {
			right = "(" + right + ")"
		}
		return left + " or " + right, "conjunction", true
	case TypeAttrsOf, TypeListOf:
		elem, elemClass, ok := u.describe(u.m.Force(t.Lookup("elemType")), depth+1)
		if !ok {
			return "", "", false
		}
		if elemClass != "noun" && elemClass != "composite" {
			elem = "(" + elem + ")"
		}
		if kind == TypeListOf {
			return "list of " + elem, "composite", true
		}
		if t.Lookup("lazy") != nil {
			return "lazy attribute set of " + elem, "composite", true
		}
		return "attribute set of " + elem, "composite", true
	}
	return "", "", false
}

func itoa(n int) string { return strconv.Itoa(n) }

// submoduleParts is what the modules of a submodule give: the type's
// and those its definitions are.
type submoduleParts struct {
	// opts are the options they declare, freeform their freeformType.
	opts, freeform Value
	// defs are their config sections, as definitions in the order the
	// module system merges them; fromDefs are those of the definitions'
	// own modules.
	defs, fromDefs []Def
	// complete: the modules are known in full (no module the analysis
	// cannot read, no option declared by a definition).
	complete bool
}

// submodule collects the modules of the submodule of type typ called
// name, whose value is config, with the definitions ds, as lib.modules'
// collectModules does: breadth first through imports (a file imported
// twice counts once), the type's modules imported by one module and each
// definition a module of its own beside it (a set given to
// types.submodule, its config) or importing it (any other), merged the
// last collected first. Their _module.args are given to them all: the
// modules are collected again with the arguments the first round found.
func (u *optionMerger) submodule(typ *Attrs, name string, config *Thunk, ds []Def) submoduleParts {
	args := func(extra map[string]*Thunk) *Thunk {
		return Lazy(func() Value {
			vals := map[string]*Thunk{"lib": Ready(u.m.Lib()), "config": config}
			if name != "" {
				vals["name"] = Ready(&String{S: name})
			}
			for n, t := range extra {
				vals[n] = t
			}
			// specialArgs are given as they are, before _module.args.
			if t := typ.Lookup("specialArgs"); t != nil {
				special, ok := u.m.Force(t).(*Attrs)
				if !ok || special.Open {
					return &Unknown{Reason: "a submodule's specialArgs the analysis cannot read"}
				}
				for i, n := range special.Names {
					vals[n] = special.Vals[i]
				}
			}
			return NewAttrsOf(vals, true, Origin{})
		})
	}
	sub, found := u.collectSubmodule(typ, ds, args(nil))
	if len(found) == 0 {
		return sub
	}
	// Again, with the arguments found: each reads its definition in the
	// modules collected with them, which must define the same names.
	var again map[string]*Thunk
	extra := map[string]*Thunk{}
	for n := range found {
		extra[n] = Lazy(func() Value {
			if t := again[n]; t != nil {
				return u.m.Force(t)
			}
			return &Unknown{Reason: "a submodule's _module.args the analysis cannot follow"}
		})
	}
	sub, again = u.collectSubmodule(typ, ds, args(extra))
	if len(again) != len(found) {
		sub.complete = false
	}
	return sub
}

// collectSubmodule is one collection of submodule's: it returns the parts
// and the definitions of _module.args the modules give.
func (u *optionMerger) collectSubmodule(typ *Attrs, ds []Def, args *Thunk) (sub submoduleParts, moduleArgs map[string]*Thunk) {
	shorthand := false
	if t := typ.Lookup("shorthand"); t != nil {
		b, ok := u.m.Force(t).(*Bool)
		if !ok {
			return submoduleParts{opts: &Unknown{Reason: "submodule"}}, nil
		}
		shorthand = b.B
	}
	mods, ok := u.m.Force(typ.Lookup("modules")).(*List)
	if !ok {
		return submoduleParts{opts: &Unknown{Reason: "submodule"}}, nil
	}
	defsDeclare := typ.Lookup(defsAreModules) != nil
	// An entry is a module to load, or a module importing wrap.
	type entry struct {
		t      *Thunk
		wrap   []*Thunk
		file   string
		ofType bool
		// config: t is a definition that is the module's config.
		config bool
	}
	queue := []entry{{wrap: mods.Elems, ofType: true}}
	for _, d := range ds {
		if _, isSet := u.m.Force(d.T).(*Attrs); isSet && shorthand {
			queue = append(queue, entry{t: d.T, file: d.File, config: true})
		} else {
			queue = append(queue, entry{wrap: []*Thunk{d.T}, file: d.File})
		}
	}
	sub.complete = true
	moduleArgs = map[string]*Thunk{}
	seen := map[string]bool{}
	var decls []*Thunk
	var defs []Def
	for i := 0; i < len(queue); i++ {
		if len(queue) > 10000 {
			return submoduleParts{opts: &Unknown{Reason: "a submodule of too many modules"}}, nil
		}
		e := queue[i]
		for _, w := range e.wrap {
			queue = append(queue, entry{t: w, file: e.file, ofType: e.ofType})
		}
		if e.wrap != nil {
			continue
		}
		cfg := e.t
		if !e.config {
			if p, ok := u.m.Force(e.t).(*Path); ok {
				if seen[p.P] {
					continue
				}
				seen[p.P] = true
				// Its definitions are its file's, which messages would
				// name: not checked.
				e.file = ""
			}
			mod, known := u.loadModule(e.t, args)
			declares := e.ofType || defsDeclare
			sub.complete = sub.complete && known && (declares || mod.options == nil && mod.freeform == nil)
			if mod.key != "" {
				if seen[mod.key] {
					continue
				}
				seen[mod.key] = true
			}
			if mod.options != nil && declares {
				decls = append(decls, mod.options)
			}
			if mod.freeform != nil && declares {
				sub.freeform = u.m.Force(mod.freeform)
			}
			for _, t := range mod.imports {
				queue = append(queue, entry{t: t, file: e.file, ofType: e.ofType})
			}
			cfg = mod.config
		}
		if cfg == nil {
			continue
		}
		d := Def{e.file, cfg}
		defs = append(defs, d)
		if !e.ofType {
			sub.fromDefs = append(sub.fromDefs, d)
		}
		sub.complete = sub.complete && u.moduleArgs(cfg, moduleArgs)
	}
	slices.Reverse(defs)
	slices.Reverse(sub.fromDefs)
	sub.defs = defs
	switch {
	case len(decls) > 0:
		sub.opts = u.mergeDecls(decls)
	case sub.freeform != nil:
		sub.opts = &Attrs{}
	default:
		sub.opts, sub.complete = &Unknown{Reason: "submodule without options"}, false
	}
	return sub, moduleArgs
}

// moduleArgs adds the _module.args a module's config defines to args;
// false when it defines what the analysis does not follow (other _module
// options, an argument defined twice, properties around them).
func (u *optionMerger) moduleArgs(cfg *Thunk, args map[string]*Thunk) bool {
	c, ok := u.m.Force(cfg).(*Attrs)
	if !ok {
		return true // not a set: no _module there, or Nix's error
	}
	t := c.Lookup("_module")
	if t == nil {
		return true
	}
	m, ok := u.m.Force(t).(*Attrs)
	if !ok || m.Open || m.Lookup("_type") != nil || len(m.Names) != 1 || m.Names[0] != "args" {
		return false
	}
	a, ok := u.m.Force(m.Vals[0]).(*Attrs)
	if !ok || a.Open || a.Lookup("_type") != nil {
		return false
	}
	for i, n := range a.Names {
		if args[n] != nil {
			return false
		}
		args[n] = a.Vals[i]
	}
	return true
}

// module is a module as lib.modules' unifyModuleSyntax reads it.
type module struct {
	options, config, freeform *Thunk
	// imports are the modules it imports, key its key attribute.
	imports []*Thunk
	key     string
}

// loadModule reads the module t as the module system loads it: a path
// imported, a function called with args; known is false when the
// analysis cannot read it in full.
func (u *optionMerger) loadModule(t *Thunk, args *Thunk) (mod module, known bool) {
	v := u.m.Force(t)
	if p, ok := v.(*Path); ok {
		v = u.m.Force(u.m.importPath(p.P, p.O))
	}
	if f, ok := v.(*Func); ok {
		v = u.m.Apply(f, args, f.Origin())
	}
	a, ok := v.(*Attrs)
	if !ok || a.Open {
		return module{config: Ready(v)}, false
	}
	if p := a.Lookup("_type"); p != nil {
		// mkIf and mkOverride stand for a module defining them.
		s, ok := u.m.Force(p).(*String)
		return module{config: Ready(v)}, ok && (s.S == "if" || s.S == "override")
	}
	known = true
	structured := a.Lookup("config") != nil || a.Lookup("options") != nil
	for i, n := range a.Names {
		switch n {
		case "options":
			mod.options = a.Vals[i]
		case "config":
			mod.config = a.Vals[i]
		case "freeformType":
			mod.freeform = a.Vals[i]
		case "imports":
			l, ok := u.m.Force(a.Vals[i]).(*List)
			if ok {
				mod.imports = l.Elems
			}
			known = known && ok
		case "disabledModules":
			l, ok := u.m.Force(a.Vals[i]).(*List)
			known = known && ok && len(l.Elems) == 0
		case "key":
			k, ok := u.m.Force(a.Vals[i]).(*String)
			if ok {
				mod.key = k.S
			}
			known = known && ok
		case "_file", "meta", "_class":
		default:
			if structured {
				// Nix's error of its own (unifyModuleSyntax): whatever
				// the module defines, no option has a value.
				return module{config: Ready(&Unknown{Reason: "a module with " + n + " beside config or options"})}, false
			}
		}
	}
	if !structured {
		mod.config = Ready(Without(a, moduleAttrs))
	}
	return mod, known
}

// moduleAttrs are the attributes of a module that are not its config
// (lib.modules' unifyModuleSyntax).
var moduleAttrs = []string{"_class", "_file", "key", "disabledModules", "imports", "options", "config", "meta", "freeformType"}

// withFreeform adds to the value of a submodule's options what its
// definitions give the names no option declares, merged as the freeform
// type (lib.modules' freeformType): the options' values win.
func (u *optionMerger) withFreeform(declared, opts, freeform Value, defs []Def, depth int, p optionAt) Value {
	decl, ok := opts.(*Attrs)
	if !ok {
		return declared
	}
	rest := make([]Def, len(defs))
	for i, d := range defs {
		a, ok := u.m.Force(d.T).(*Attrs)
		if !ok || a.Lookup("_type") != nil {
			return &Unknown{Reason: "a freeform submodule's definition the analysis cannot take apart"}
		}
		rest[i] = Def{d.File, Ready(Without(a, decl.Names))}
	}
	return u.m.update(u.merge(freeform, nil, rest, depth+1, p), declared, p.at)
}

// discharge expands mkMerge and mkIf (an unknown condition keeps the
// content) and keeps the definitions of the highest priority.
func (u *optionMerger) discharge(defs []Def) []Def {
	kept, _ := u.dischargeDefined(defs)
	return kept
}

// defined is what discharging an option's definitions tells of whether
// it has any (lib.modules' isDefined).
type defined struct {
	// sure: a definition is left whatever the analysis does not know.
	sure bool
	// fail is the first certain failure met, unknown the first value
	// met (a definition or condition) that is not known: either may be
	// where Nix fails.
	fail, unknown *Unknown
}

// dischargeDefined is discharge, and whether the definitions define the
// option.
func (u *optionMerger) dischargeDefined(defs []Def) ([]Def, defined) {
	type pd struct {
		d         Def
		prio, ord int
	}
	var out []pd
	var is defined
	met := func(v Value) bool {
		w, ok := v.(*Unknown)
		switch {
		case !ok:
		case w.Err != nil && is.fail == nil && is.unknown == nil:
			is.fail = w
		case w.Err == nil && is.unknown == nil:
			is.unknown = w
		}
		return ok
	}
	// unsure: a priority is not known, so neither is which definitions
	// count.
	unsure := false
	// ord is the mkOrder priority around the definition (OrderDefault
	// when none): the definitions kept are sorted by it, stably.
	// maybe: the definition is under a condition not known.
	var walk func(d Def, prio, ord int, depth int, maybe bool)
	walk = func(d Def, prio, ord int, depth int, maybe bool) {
		v := u.m.Force(d.T)
		a, ok := v.(*Attrs)
		if !ok || depth > 32 {
			// An unknown value may be an mkIf false, for all the
			// analysis knows.
			is.sure = is.sure || !met(v) && !maybe && depth <= 32
			out = append(out, pd{d, prio, ord})
			return
		}
		prop := ""
		if p := a.Lookup("_type"); p != nil {
			if s, ok := u.m.Force(p).(*String); ok {
				prop = s.S
			}
		}
		content := a.Lookup("content")
		switch {
		case prop == "merge":
			contents := u.m.Force(a.Lookup("contents"))
			if l, ok := contents.(*List); ok {
				for _, e := range l.Elems {
					walk(Def{d.File, e}, prio, ord, depth+1, maybe)
				}
			} else {
				met(contents)
			}
		case prop == "if" && content != nil:
			cond := u.m.Force(a.Lookup("condition"))
			c, ok := cond.(*Bool)
			if ok && !c.B {
				return
			}
			if !ok {
				// It may not be there: no error is certain of it (no file).
				met(cond)
				d.File, maybe = "", true
			}
			walk(Def{d.File, content}, prio, ord, depth+1, maybe)
		case prop == "override" && content != nil:
			if p, ok := u.m.Force(a.Lookup("priority")).(*Int); ok {
				prio = int(p.N)
			} else {
				unsure = true
			}
			walk(Def{d.File, content}, prio, ord, depth+1, maybe)
		case prop == "order" && content != nil:
			if p, ok := u.m.Force(a.Lookup("priority")).(*Int); ok {
				ord = int(p.N)
			}
			walk(Def{d.File, content}, prio, ord, depth+1, maybe)
		case prop == aliasProp:
			from, _ := u.m.stringList(a.Lookup("from"), Origin{})
			for _, n := range u.all {
				if len(from) > 0 && n.Name == from[0] {
					if t := u.at(n.T, from[1:]); t != nil {
						walk(Def{n.File, t}, prio, ord, depth+1, maybe)
					}
				}
			}
		default:
			is.sure = is.sure || !maybe
			out = append(out, pd{d, prio, ord})
		}
	}
	for _, d := range defs {
		walk(d, PrioNormal, OrderDefault, 0, false)
	}
	best := 1 << 30
	for _, d := range out {
		best = min(best, d.prio)
	}
	out = slices.DeleteFunc(out, func(d pd) bool { return d.prio != best })
	slices.SortStableFunc(out, func(x, y pd) int { return x.ord - y.ord })
	kept := make([]Def, len(out))
	for i, d := range out {
		kept[i] = d.d
		if unsure {
			kept[i].File = "" // no error is certain of it
		}
	}
	return kept, is
}

// at is the value at path in the definition t of a top-level option: nil
// when it defines nothing there, unknown when properties stand in the way.
func (u *optionMerger) at(t *Thunk, path []string) *Thunk {
	for _, name := range path {
		a, ok := u.m.Force(t).(*Attrs)
		if !ok || a.Lookup("_type") != nil {
			return Ready(&Unknown{Reason: "an aliased definition the analysis cannot take apart"})
		}
		if t = a.Lookup(name); t == nil {
			return nil
		}
	}
	return t
}

// fileSet is a definition that is a set, with its module's file.
type fileSet struct {
	file string
	a    *Attrs
}

// attrsOf forces definitions that must be sets; open reports one that is
// not known.
func (u *optionMerger) attrsOf(defs []Def) (sets []fileSet, open bool) {
	for _, d := range defs {
		a, ok := u.m.Force(d.T).(*Attrs)
		if !ok {
			open = true
			continue
		}
		sets = append(sets, fileSet{d.File, a})
		open = open || a.Open
	}
	return sets, open
}

// pick returns attribute name of each set that has it, as a definition.
func (u *optionMerger) pick(sets []fileSet, name string) []Def {
	var out []Def
	for _, s := range sets {
		if t := s.a.Lookup(name); t != nil {
			out = append(out, Def{s.file, t})
		}
	}
	return out
}

// evalModules is lib.evalModules for the options and config of plain
// modules: modules are collected breadth first through imports (each file
// once), config is the merge of their definitions of the options they
// declare, and modules that are functions receive lib, config (the result,
// lazily), options (unknown) and specialArgs.
func (m *Machine) evalModules(args *Thunk, o Origin) Value {
	a, bad := m.attrs(args, o)
	if bad != nil {
		return bad
	}
	var special *Attrs
	if t := a.Lookup("specialArgs"); t != nil {
		special, _ = m.Force(t).(*Attrs)
	}
	var config *Thunk
	moduleArgs := Lazy(func() Value {
		vals := map[string]*Thunk{"lib": Ready(m.Lib()), "config": config}
		if special != nil {
			for i, n := range special.Names {
				vals[n] = special.Vals[i]
			}
		}
		return NewAttrsOf(vals, true, o)
	})
	var mods []*Attrs
	seen := map[string]bool{}
	var queue []*Thunk
	if t := a.Lookup("modules"); t != nil {
		if l, ok := m.Force(t).(*List); ok {
			queue = append(queue, l.Elems...)
		}
	}
	for len(queue) > 0 && len(mods) < 10000 {
		t := queue[0]
		queue = queue[1:]
		v := m.Force(t)
		if p, ok := v.(*Path); ok {
			if seen[p.P] {
				continue
			}
			seen[p.P] = true
			v = m.Force(m.importPath(p.P, o))
		}
		if f, ok := v.(*Func); ok {
			v = m.Apply(f, moduleArgs, o)
		}
		mod, ok := v.(*Attrs)
		if !ok {
			continue
		}
		mods = append(mods, mod)
		if it := mod.Lookup("imports"); it != nil {
			if l, ok := m.Force(it).(*List); ok {
				queue = append(queue, l.Elems...)
			}
		}
	}
	decls := map[string][]*Thunk{}
	var defs []Named
	for i := len(mods) - 1; i >= 0; i-- {
		mod := mods[i]
		if ot := mod.Lookup("options"); ot != nil {
			if opts, ok := m.Force(ot).(*Attrs); ok {
				for j, n := range opts.Names {
					decls[n] = append(decls[n], opts.Vals[j])
				}
			}
		}
		cfg := mod
		if ct := mod.Lookup("config"); ct != nil {
			cfg, _ = m.Force(ct).(*Attrs)
		} else if mod.Lookup("options") != nil {
			cfg = nil
		}
		if cfg == nil {
			continue
		}
		for j, n := range cfg.Names {
			if slices.Contains(moduleAttrs, n) {
				continue
			}
			defs = append(defs, Named{Name: n, T: cfg.Vals[j]})
		}
	}
	merged := m.MergeOptions(decls, defs, OptionChecks{})
	config = Ready(NewAttrsOf(merged, false, o))
	return mkAttrs(o, "config", config, "options", &Attrs{Open: true, O: o}, "_module", &Attrs{Open: true, O: o})
}
