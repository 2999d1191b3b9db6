package eval

// The module argument options: for each declared option, its declaration
// with what lib.modules' evalOptionValue adds — value (what config holds),
// isDefined and definitions (the definitions that count: mkIf and mkMerge
// discharged, the default one among them at mkOptionDefault's priority,
// the others filtered by priority). Its other attributes (files,
// highestPrio, …) are not modelled: the set is open.

// OptionsView returns, by top-level name, what options holds for each
// option (or set of options) the modules declare; defs and checks are
// MergeOptions'.
func (m *Machine) OptionsView(decls map[string][]*Thunk, defs []Named, checks OptionChecks) map[string]*Thunk {
	return m.mergeEach(decls, defs, checks, func(u *optionMerger, decl Value, own []Def, at optionAt) Value {
		return u.optionView(decl, own, 0, at)
	})
}

// optionView is what options holds for decl, an option or a set of them,
// at p, whose definitions are defs.
func (u *optionMerger) optionView(decl Value, defs []Def, depth int, p optionAt) Value {
	a, ok := decl.(*Attrs)
	if !ok || depth > 32 {
		return &Unknown{Reason: "an option declaration the analysis cannot read"}
	}
	if !isOption(u.m, a) {
		sets, open := u.attrsOf(u.discharge(defs))
		vals := map[string]*Thunk{}
		for i, n := range a.Names {
			sub, child, in := a.Vals[i], u.pick(sets, n), p.in(n, !open, Origin{})
			vals[n] = Lazy(func() Value { return u.optionView(u.m.Force(sub), child, depth+1, in) })
		}
		return NewAttrsOf(vals, a.Open || u.partial, a.O)
	}
	isDefined, definitions := u.definitions(a, defs, p)
	var b attrsBuilder
	for i, n := range a.Names {
		b.add(n, a.Vals[i], a.Keys[i])
	}
	b.add("value", Lazy(func() Value { return u.valueNamed(a, defs, depth, "", p) }), Origin{})
	b.add("isDefined", isDefined, Origin{})
	b.add("definitions", definitions, Origin{})
	return b.build(a.O, true)
}

// optionDefaultFile stands for the declaring module's file, which the
// default definition has: a definition with a file is a certain one.
const optionDefaultFile = "<declaration>"

// definitions are the option decl's isDefined and definitions, given its
// definitions defs at p: unknown where a definition may or may not count
// (a condition or priority not known, a module not seen).
func (u *optionMerger) definitions(decl *Attrs, defs []Def, p optionAt) (isDefined, definitions *Thunk) {
	all, hasDefault := defs, false
	if d := decl.Lookup("default"); d != nil {
		// The default counts unless a definition of a higher priority
		// does: one way or the other, the option is defined (unless the
		// default is a property itself, which is left to discharge).
		dv, isSet := u.m.Force(d).(*Attrs)
		hasDefault = !isSet || !dv.Open && dv.Lookup("_type") == nil
		dflt := mkAttrs(decl.O, "_type", &String{S: "override"}, "priority", &Int{N: PrioOptionDefault}, "content", d)
		all = append([]Def{{optionDefaultFile, Ready(dflt)}}, defs...)
	}
	// some: a definition certainly counts; all: those kept are all there
	// are; failed: the failure discharging them meets.
	var kept []*Thunk
	var some, every, done bool
	var failed Value
	discharge := func() {
		if done {
			return
		}
		done, every = true, p.complete
		for _, d := range u.discharge(all) {
			kept = append(kept, d.T)
			switch v := u.m.Force(d.T).(type) {
			case *Unknown:
				if v.Err != nil && failed == nil {
					failed = v
				}
				every = false
			default:
				if d.File == "" {
					every = false
				} else {
					some = true
				}
			}
		}
	}
	isDefined = Lazy(func() Value {
		discharge()
		switch {
		case failed != nil:
			return failed
		case some || hasDefault:
			return &Bool{B: true}
		case every:
			return &Bool{B: len(kept) > 0}
		}
		return &Unknown{Reason: "definitions of an option the analysis cannot all see"}
	})
	definitions = Lazy(func() Value {
		discharge()
		switch {
		case failed != nil:
			return failed
		case every:
			return &List{Elems: kept}
		}
		return &Unknown{Reason: "definitions of an option the analysis cannot all see"}
	})
	return isDefined, definitions
}
