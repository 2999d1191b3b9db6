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
		out[name] = Lazy(func() Value { return u.valueNamed(decl, own, 0, "", at) })
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
	if bad := u.check(typ, ds, p.loc); bad != nil {
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
		return u.mergeAttrsOf(u.m.Force(typ.(*Attrs).Lookup("elemType")), ds, depth, p)
	case TypeAnything:
		return u.mergeAnything(typ, ds, depth, p)
	case TypeListOf:
		elem := u.m.Force(typ.(*Attrs).Lookup("elemType"))
		_, _, checked := u.describe(elem, 0)
		var elems []*Thunk
		for n, d := range ds {
			l, ok := u.m.Force(d.T).(*List)
			if !ok {
				return &Unknown{Reason: "a list option the analysis cannot merge"}
			}
			if !checked && u.typeName(elem) == TypeScalar {
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
		return u.merge(u.m.Force(typ.(*Attrs).Lookup("to")), nil, u.coerce(typ.(*Attrs), ds), depth, p)
	case TypeSubmodule:
		// A submodule receives its definitions in the reverse order.
		rev := make([]Def, len(ds))
		for i, d := range ds {
			rev[len(ds)-1-i] = d
		}
		// Its modules' config argument is the submodule's own value (the
		// defaults of its options may read the others).
		name := p.loc[len(p.loc)-1]
		var self Value
		config := Lazy(func() Value {
			if self == nil {
				return &Unknown{Reason: "a submodule's config read while its options are declared"}
			}
			return self
		})
		sub := u.submoduleOptions(typ.(*Attrs), name, config)
		imported, direct, complete := u.submoduleDefs(typ.(*Attrs), rev, sub.args)
		if sub.complete && complete && sub.freeform == nil {
			if bad := u.unmatched(sub.opts, slices.Concat(imported, direct), p.loc, 0); bad != nil {
				return bad
			}
		}
		p.complete = p.complete && sub.complete && complete
		// In the order of the submodule's modules (lib.modules'
		// collectModules, breadth first, merged the last first): the
		// definitions' modules (base.extendModules puts them first) import
		// those written as modules, the type's modules follow.
		defs := slices.Concat(imported, sub.config, direct)
		self = u.valueNamed(sub.opts, defs, depth+1, name, p)
		if sub.freeform != nil {
			self = u.withFreeform(self, sub.opts, sub.freeform, defs, depth, p)
		}
		return self
	}
	if len(ds) > 1 && !u.single(typ) {
		// Merged as the type's merge function does, which the analysis
		// does not model (lists concatenated, sets merged, …).
		return &Unknown{Reason: "several definitions of an option of a type the analysis does not merge"}
	}
	return u.m.Force(ds[0].T)
}

// mergeAttrsOf merges the definitions ds of an attrsOf elem by name.
func (u *optionMerger) mergeAttrsOf(elem Value, ds []Def, depth int, p optionAt) Value {
	sets, open := u.attrsOf(ds)
	names := map[string]bool{}
	for _, s := range sets {
		for _, n := range s.a.Names {
			names[n] = true
		}
	}
	vals := map[string]*Thunk{}
	for n := range names {
		child := u.pick(sets, n)
		in := p.in(n, !open, u.m.Force(child[0].T).Origin())
		vals[n] = Lazy(func() Value { return u.merge(elem, nil, child, depth+1, in) })
	}
	return NewAttrsOf(vals, open, Origin{})
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
		return u.mergeAttrsOf(typ, ds, depth, p) // mkIf and the like within
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
		return u.mergeAttrsOf(typ, ds, depth, p)
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

// single reports whether the definitions of an option of type typ must
// all be equal, so that the first is its value.
func (u *optionMerger) single(typ Value) bool {
	switch u.typeName(typ) {
	case TypeStr, TypeStrMatching, TypeInt, TypeBool, TypeEnum:
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
		return &List{}
	case TypeNullOr:
		return &Null{}
	case TypeUnique:
		return u.empty(u.m.Force(typ.(*Attrs).Lookup("elemType")), p)
	case TypeStr, TypeStrMatching, TypeInt, TypeBool, TypeEnum, TypePath, TypeUnspecified:
		return &Unknown{Reason: "error", Err: &Error{Msg: "The option `" + showOptionPath(p.loc) + "' was accessed but has no value defined. Try setting the option.", O: p.at}}
	}
	return &Unknown{Reason: "an option without definition"}
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
// coerces from. Its own check (from, or to after coercion) is not
// modelled: the coerced definitions are not checked (no file).
func (u *optionMerger) coerce(typ *Attrs, ds []Def) []Def {
	from := u.m.Force(typ.Lookup("from"))
	out := make([]Def, len(ds))
	for i, d := range ds {
		v := u.m.Force(d.T)
		is, known := u.accepts(from, u.typeName(from), v)
		f, isFunc := u.m.Force(typ.Lookup("coerce")).(*Func)
		switch {
		case !known || is && !isFunc:
			out[i] = Def{T: Ready(&Unknown{Reason: "coercedTo", O: v.Origin()})}
		case is:
			out[i] = Def{T: Lazy(func() Value { return u.m.Apply(f, d.T, v.Origin()) })}
		default:
			out[i] = Def{T: d.T}
		}
	}
	return out
}

// check returns the module system's error when some of the definitions ds
// of the option at loc are certainly not of type typ, or nil: also when
// the type is not modelled, a definition is not known, or its file is not.
func (u *optionMerger) check(typ Value, ds []Def, loc []string) Value {
	if u.checks.NotOfType == nil {
		return nil
	}
	desc, _, ok := u.describe(typ, 0)
	if !ok {
		return nil
	}
	kind := u.typeName(typ)
	var invalid []Def
	for _, d := range ds {
		v := u.m.Force(d.T)
		if _, unknown := v.(*Unknown); unknown || d.File == "" {
			return nil
		}
		valid, known := u.accepts(typ, kind, v)
		if !known {
			return nil
		}
		if !valid {
			invalid = append(invalid, d)
		}
	}
	if len(invalid) == 0 {
		return nil
	}
	v2 := kind == TypeAttrsOf || kind == TypeListOf
	return &Unknown{Reason: "error", Err: &Error{Msg: u.checks.NotOfType(loc, desc, v2, invalid), O: u.m.Force(invalid[0].T).Origin(), Check: TypeCheck}}
}

// equal returns the module system's error when the definitions ds of the
// option at loc, of a type whose definitions must all be equal, certainly
// differ (the first pair that does), or nil.
func (u *optionMerger) equal(typ Value, ds []Def, loc []string) Value {
	switch u.typeName(typ) {
	case TypeStr, TypeStrMatching, TypeInt, TypeBool, TypeEnum:
		return u.conflicts(ds, loc)
	}
	return nil
}

// conflicts returns the module system's error when the definitions ds of
// the option at loc certainly differ (lib.options' mergeEqualOption: the
// first pair that does), or nil.
func (u *optionMerger) conflicts(ds []Def, loc []string) Value {
	if u.checks.Conflict == nil || len(ds) < 2 {
		return nil
	}
	first := u.m.Force(ds[0].T)
	for _, d := range ds[1:] {
		if ds[0].File == "" || d.File == "" {
			return nil
		}
		v := u.m.Force(d.T)
		eq, known := u.m.Equal(v, first)
		if !known {
			return nil
		}
		if !eq {
			return &Unknown{Reason: "error", Err: &Error{Msg: u.checks.Conflict(loc, ds[0], d), O: v.Origin(), Check: ConflictCheck}}
		}
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
	case TypeBool:
		_, ok = v.(*Bool)
	case TypeAttrsOf:
		_, ok = v.(*Attrs)
	case TypeListOf:
		_, ok = v.(*List)
	case TypeAttrs:
		_, ok = v.(*Attrs)
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

// submoduleParts is what a submodule type's own modules give.
type submoduleParts struct {
	// opts are the options they declare, freeform their freeformType.
	opts, freeform Value
	// config are their config sections, as definitions in the order the
	// module system merges them (the last module's first).
	config []Def
	// args are the arguments the submodule's modules are called with.
	args *Thunk
	// complete: the modules are known in full (no imports, no module
	// the analysis cannot read).
	complete bool
}

// submoduleOptions returns what the modules of the submodule type typ
// declare and define, for the submodule called name whose value is
// config.
func (u *optionMerger) submoduleOptions(typ *Attrs, name string, config *Thunk) submoduleParts {
	args := Lazy(func() Value {
		vals := map[string]*Thunk{"lib": Ready(u.m.Lib()), "config": config}
		if name != "" {
			vals["name"] = Ready(&String{S: name})
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
	sub := submoduleParts{args: args, complete: true}
	mods, ok := u.m.Force(typ.Lookup("modules")).(*List)
	if !ok {
		return submoduleParts{opts: &Unknown{Reason: "submodule"}, args: args}
	}
	var decls []*Thunk
	for _, mt := range mods.Elems {
		mod, known := u.loadModule(mt, args)
		sub.complete = sub.complete && known
		if mod.options != nil {
			decls = append(decls, mod.options)
		}
		if mod.config != nil {
			sub.config = append(sub.config, Def{T: mod.config})
		}
		if mod.freeform != nil {
			sub.freeform = u.m.Force(mod.freeform)
		}
	}
	slices.Reverse(sub.config)
	switch {
	case len(decls) > 0:
		sub.opts = u.mergeDecls(decls)
	case sub.freeform != nil:
		sub.opts = &Attrs{}
	default:
		sub.opts, sub.complete = &Unknown{Reason: "submodule without options"}, false
	}
	return sub
}

// submoduleDefs returns the config each definition defs of a submodule of
// type typ gives (lib.types.submoduleWith's allModules): direct, a set
// that is its config when the type is types.submodule; imported, that of
// a module, as the other definitions are (a function, a path, a set given
// to submoduleWith). complete is false when one is a module the analysis
// cannot read in full, or declares options of its own.
func (u *optionMerger) submoduleDefs(typ *Attrs, defs []Def, args *Thunk) (imported, direct []Def, complete bool) {
	shorthand := false
	if t := typ.Lookup("shorthand"); t != nil {
		b, ok := u.m.Force(t).(*Bool)
		if !ok {
			return nil, defs, false
		}
		shorthand = b.B
	}
	complete = true
	for _, d := range defs {
		if _, isSet := u.m.Force(d.T).(*Attrs); isSet && shorthand {
			direct = append(direct, d)
			continue
		}
		mod, known := u.loadModule(d.T, args)
		complete = complete && known && mod.options == nil
		if mod.config != nil {
			imported = append(imported, Def{d.File, mod.config})
		}
	}
	return imported, direct, complete
}

// module is a module as lib.modules' unifyModuleSyntax reads it.
type module struct {
	options, config, freeform *Thunk
}

// loadModule reads the module t as the module system loads it: a path
// imported, a function called with args; known is false when the
// analysis cannot read it in full (what it imports is not followed).
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
		case "imports", "disabledModules":
			l, ok := u.m.Force(a.Vals[i]).(*List)
			known = known && ok && len(l.Elems) == 0
		case "_file", "key", "meta", "_class":
		case "_module":
			known = false // its arguments are not followed
		default:
			known = known && !structured // Nix's error of its own
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
	type pd struct {
		d         Def
		prio, ord int
	}
	var out []pd
	// unsure: a priority is not known, so neither is which definitions
	// count.
	unsure := false
	// ord is the mkOrder priority around the definition (OrderDefault
	// when none): the definitions kept are sorted by it, stably.
	var walk func(d Def, prio, ord int, depth int)
	walk = func(d Def, prio, ord int, depth int) {
		a, ok := u.m.Force(d.T).(*Attrs)
		if !ok || depth > 32 {
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
			if l, ok := u.m.Force(a.Lookup("contents")).(*List); ok {
				for _, e := range l.Elems {
					walk(Def{d.File, e}, prio, ord, depth+1)
				}
			}
		case prop == "if" && content != nil:
			c, ok := u.m.Force(a.Lookup("condition")).(*Bool)
			if ok && !c.B {
				return
			}
			if !ok {
				// It may not be there: no error is certain of it (no file).
				d.File = ""
			}
			walk(Def{d.File, content}, prio, ord, depth+1)
		case prop == "override" && content != nil:
			if p, ok := u.m.Force(a.Lookup("priority")).(*Int); ok {
				prio = int(p.N)
			} else {
				unsure = true
			}
			walk(Def{d.File, content}, prio, ord, depth+1)
		case prop == "order" && content != nil:
			if p, ok := u.m.Force(a.Lookup("priority")).(*Int); ok {
				ord = int(p.N)
			}
			walk(Def{d.File, content}, prio, ord, depth+1)
		case prop == aliasProp:
			from, _ := u.m.stringList(a.Lookup("from"), Origin{})
			for _, n := range u.all {
				if len(from) > 0 && n.Name == from[0] {
					if t := u.at(n.T, from[1:]); t != nil {
						walk(Def{n.File, t}, prio, ord, depth+1)
					}
				}
			}
		default:
			out = append(out, pd{d, prio, ord})
		}
	}
	for _, d := range defs {
		walk(d, PrioNormal, OrderDefault, 0)
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
	return kept
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
