package eval

// Options other than the policy's (a team's own options.fleet, an
// inventory evaluated with lib.evalModules) are merged as the module system
// would: definitions under mkIf, mkMerge and mkOverride, sets of attrsOf
// merged by name, lists concatenated, submodules with their options'
// defaults (and their name), declared defaults when nothing is defined.
// lib.types are data (types.go); a type not modelled merges as a single
// value.

// Named is one definition or declaration of a top-level option.
type Named struct {
	Name string
	T    *Thunk
}

// optionMerger merges declarations and definitions gathered from modules.
type optionMerger struct {
	m *Machine
}

// MergeOptions returns, by top-level name, the merged value of each
// declared option; defs are in the order the module system merges them
// (the reverse of the modules' breadth-first order).
func (m *Machine) MergeOptions(decls map[string][]*Thunk, defs []Named) map[string]*Thunk {
	u := &optionMerger{m: m}
	out := map[string]*Thunk{}
	for name, ds := range decls {
		var own []*Thunk
		for _, d := range defs {
			if d.Name == name {
				own = append(own, d.T)
			}
		}
		decl := u.mergeDecls(ds)
		out[name] = Lazy(func() Value { return u.value(decl, own, 0) })
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
		if !ok || isOption(u.m, a) {
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

func isOption(m *Machine, a *Attrs) bool {
	t := a.Lookup("_type")
	if t == nil {
		return false
	}
	s, ok := m.Force(t).(*String)
	return ok && s.S == "option"
}

// value merges defs of the option (or set of options) decl.
func (u *optionMerger) value(decl Value, defs []*Thunk, depth int) Value {
	return u.valueNamed(decl, defs, depth, "")
}

// valueNamed is value for the options of a submodule called name.
func (u *optionMerger) valueNamed(decl Value, defs []*Thunk, depth int, name string) Value {
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
		var typ Value = &Unknown{}
		if t := a.Lookup("type"); t != nil {
			typ = u.m.Force(t)
		}
		return u.merge(typ, dflt, defs, depth, name)
	}
	// A set of options: each from the same attribute of every definition.
	sets, open := u.attrsOf(u.discharge(defs))
	vals := map[string]*Thunk{}
	for i, n := range a.Names {
		sub, child := a.Vals[i], u.pick(sets, n)
		vals[n] = Lazy(func() Value { return u.valueNamed(u.m.Force(sub), child, depth+1, name) })
	}
	return NewAttrsOf(vals, open || a.Open, Origin{})
}

// merge merges the definitions of one option of type typ.
func (u *optionMerger) merge(typ Value, dflt *Thunk, defs []*Thunk, depth int, name string) Value {
	ds := u.discharge(defs)
	if len(ds) == 0 {
		if dflt != nil {
			return u.merge(typ, nil, []*Thunk{dflt}, depth, name)
		}
		return &Unknown{Reason: "an option without definition"}
	}
	kind := ""
	if t, ok := typ.(*Attrs); ok {
		if n := t.Lookup("name"); n != nil {
			if s, ok := u.m.Force(n).(*String); ok {
				kind = s.S
			}
		}
	}
	switch kind {
	case TypeAttrsOf:
		elem := u.m.Force(typ.(*Attrs).Lookup("elemType"))
		sets, open := u.attrsOf(ds)
		names := map[string]bool{}
		for _, s := range sets {
			for _, n := range s.Names {
				names[n] = true
			}
		}
		vals := map[string]*Thunk{}
		for n := range names {
			child := u.pick(sets, n)
			vals[n] = Lazy(func() Value { return u.merge(elem, nil, child, depth+1, n) })
		}
		return NewAttrsOf(vals, open, Origin{})
	case TypeListOf:
		var elems []*Thunk
		for _, d := range ds {
			l, ok := u.m.Force(d).(*List)
			if !ok {
				return &Unknown{Reason: "a list option the analysis cannot merge"}
			}
			elems = append(elems, l.Elems...)
		}
		return &List{Elems: elems}
	case TypeSubmodule:
		// A submodule receives its definitions in the reverse order.
		rev := make([]*Thunk, len(ds))
		for i, d := range ds {
			rev[len(ds)-1-i] = d
		}
		return u.valueNamed(u.submoduleOptions(typ.(*Attrs), name), rev, depth+1, name)
	}
	return u.m.Force(ds[0])
}

// submoduleOptions returns the options a submodule type's modules declare.
func (u *optionMerger) submoduleOptions(typ *Attrs, name string) Value {
	mods, ok := u.m.Force(typ.Lookup("modules")).(*List)
	if !ok {
		return &Unknown{Reason: "submodule"}
	}
	var decls []*Thunk
	for _, mt := range mods.Elems {
		mv := u.m.Force(mt)
		if f, ok := mv.(*Func); ok {
			vals := map[string]Value{"lib": u.m.Lib()}
			if name != "" {
				vals["name"] = &String{S: name}
			}
			mv = u.m.Apply(f, Ready(NewAttrs(vals, true, Origin{})), Origin{})
		}
		if a, ok := mv.(*Attrs); ok {
			if o := a.Lookup("options"); o != nil {
				decls = append(decls, o)
			}
		}
	}
	if len(decls) == 0 {
		return &Unknown{Reason: "submodule without options"}
	}
	return u.mergeDecls(decls)
}

// discharge expands mkMerge and mkIf (an unknown condition keeps the
// content) and keeps the definitions of the highest priority.
func (u *optionMerger) discharge(defs []*Thunk) []*Thunk {
	type pd struct {
		t    *Thunk
		prio int
	}
	var out []pd
	var walk func(t *Thunk, prio int, depth int)
	walk = func(t *Thunk, prio int, depth int) {
		a, ok := u.m.Force(t).(*Attrs)
		if !ok || depth > 32 {
			out = append(out, pd{t, prio})
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
					walk(e, prio, depth+1)
				}
			}
		case prop == "if" && content != nil:
			if c, ok := u.m.Force(a.Lookup("condition")).(*Bool); ok && !c.B {
				return
			}
			walk(content, prio, depth+1)
		case prop == "override" && content != nil:
			if p, ok := u.m.Force(a.Lookup("priority")).(*Int); ok {
				prio = int(p.N)
			}
			walk(content, prio, depth+1)
		case prop == "order" && content != nil:
			walk(content, prio, depth+1)
		default:
			out = append(out, pd{t, prio})
		}
	}
	for _, d := range defs {
		walk(d, PrioNormal, 0)
	}
	best := 1 << 30
	for _, d := range out {
		best = min(best, d.prio)
	}
	var kept []*Thunk
	for _, d := range out {
		if d.prio == best {
			kept = append(kept, d.t)
		}
	}
	return kept
}

// attrsOf forces definitions that must be sets; open reports one that is
// not known.
func (u *optionMerger) attrsOf(defs []*Thunk) (sets []*Attrs, open bool) {
	for _, d := range defs {
		a, ok := u.m.Force(d).(*Attrs)
		if !ok {
			open = true
			continue
		}
		sets = append(sets, a)
		open = open || a.Open
	}
	return sets, open
}

// pick returns attribute name of each set that has it.
func (u *optionMerger) pick(sets []*Attrs, name string) []*Thunk {
	var out []*Thunk
	for _, s := range sets {
		if t := s.Lookup(name); t != nil {
			out = append(out, t)
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
			switch n {
			case "imports", "options", "_file", "key", "disabledModules", "meta", "freeformType", "_class":
				continue
			}
			defs = append(defs, Named{n, cfg.Vals[j]})
		}
	}
	merged := m.MergeOptions(decls, defs)
	config = Ready(NewAttrsOf(merged, false, o))
	return mkAttrs(o, "config", config, "options", &Attrs{Open: true, O: o}, "_module", &Attrs{Open: true, O: o})
}
