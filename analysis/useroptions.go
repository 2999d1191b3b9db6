package analysis

import (
	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
)

// Options a flake's own modules declare (options.fleet = mkOption { … })
// are merged for `config` as the module system would: definitions under
// mkIf, mkMerge and mkOverride, sets of attrsOf merged by name, lists
// concatenated, submodules with their options' defaults, declared defaults
// when nothing is defined. lib.types are data (eval/types.go); a type the
// analysis does not model is merged as a single value.

// namedThunk is one definition of a top-level option, or one declaration.
type namedThunk struct {
	name string
	t    *eval.Thunk
}

// userOptions merges declarations and definitions gathered from modules.
type userOptions struct {
	m *eval.Machine
}

// values returns, by top-level name, the merged value of each declared
// option; defs are in the order the module system merges them.
func (u *userOptions) values(decls map[string][]*eval.Thunk, defs []namedThunk) map[string]*eval.Thunk {
	out := map[string]*eval.Thunk{}
	for name, ds := range decls {
		var own []*eval.Thunk
		for _, d := range defs {
			if d.name == name {
				own = append(own, d.t)
			}
		}
		decl := u.mergeDecls(ds)
		out[name] = eval.Lazy(func() eval.Value { return u.value(decl, own, 0) })
	}
	return out
}

// mergeDecls combines several modules' declarations of one name (nested
// option sets merge).
func (u *userOptions) mergeDecls(ds []*eval.Thunk) eval.Value {
	if len(ds) == 1 {
		return u.m.Force(ds[0])
	}
	vals := map[string][]*eval.Thunk{}
	for _, d := range ds {
		a, ok := u.m.Force(d).(*eval.Attrs)
		if !ok || isOption(u.m, a) {
			return u.m.Force(d)
		}
		for i, n := range a.Names {
			vals[n] = append(vals[n], a.Vals[i])
		}
	}
	merged := map[string]*eval.Thunk{}
	for n, ts := range vals {
		ts := ts
		merged[n] = eval.Lazy(func() eval.Value { return u.mergeDecls(ts) })
	}
	return eval.NewAttrsOf(merged, false, eval.Origin{})
}

func isOption(m *eval.Machine, a *eval.Attrs) bool {
	t := a.Lookup("_type")
	if t == nil {
		return false
	}
	s, ok := m.Force(t).(*eval.String)
	return ok && s.S == "option"
}

// value merges defs of the option (or set of options) decl.
func (u *userOptions) value(decl eval.Value, defs []*eval.Thunk, depth int) eval.Value {
	if depth > 32 {
		return &eval.Unknown{Reason: "options nested too deep"}
	}
	a, ok := decl.(*eval.Attrs)
	if !ok {
		return &eval.Unknown{Reason: "an option declaration the analysis cannot read"}
	}
	if isOption(u.m, a) {
		var dflt *eval.Thunk
		if t := a.Lookup("default"); t != nil {
			dflt = t
		}
		var typ eval.Value = &eval.Unknown{}
		if t := a.Lookup("type"); t != nil {
			typ = u.m.Force(t)
		}
		return u.merge(typ, dflt, defs, depth)
	}
	// A set of options: each from the same attribute of every definition.
	sets, open := u.attrsOf(u.discharge(defs))
	vals := map[string]*eval.Thunk{}
	for i, n := range a.Names {
		sub, child := a.Vals[i], u.pick(sets, n)
		vals[n] = eval.Lazy(func() eval.Value { return u.value(u.m.Force(sub), child, depth+1) })
	}
	return eval.NewAttrsOf(vals, open || a.Open, eval.Origin{})
}

// merge merges the definitions of one option of type typ.
func (u *userOptions) merge(typ eval.Value, dflt *eval.Thunk, defs []*eval.Thunk, depth int) eval.Value {
	ds := u.discharge(defs)
	if len(ds) == 0 {
		if dflt != nil {
			return u.merge(typ, nil, []*eval.Thunk{dflt}, depth)
		}
		return &eval.Unknown{Reason: "an option without definition"}
	}
	name := ""
	if t, ok := typ.(*eval.Attrs); ok {
		if n := t.Lookup("name"); n != nil {
			if s, ok := u.m.Force(n).(*eval.String); ok {
				name = s.S
			}
		}
	}
	switch name {
	case eval.TypeAttrsOf:
		elem := u.m.Force(typ.(*eval.Attrs).Lookup("elemType"))
		sets, open := u.attrsOf(ds)
		names := map[string]bool{}
		for _, s := range sets {
			for _, n := range s.Names {
				names[n] = true
			}
		}
		vals := map[string]*eval.Thunk{}
		for n := range names {
			child := u.pick(sets, n)
			vals[n] = eval.Lazy(func() eval.Value { return u.merge(elem, nil, child, depth+1) })
		}
		return eval.NewAttrsOf(vals, open, eval.Origin{})
	case eval.TypeListOf:
		var elems []*eval.Thunk
		for _, d := range ds {
			l, ok := u.m.Force(d).(*eval.List)
			if !ok {
				return &eval.Unknown{Reason: "a list option the analysis cannot merge"}
			}
			elems = append(elems, l.Elems...)
		}
		return &eval.List{Elems: elems}
	case eval.TypeSubmodule:
		return u.value(u.submoduleOptions(typ.(*eval.Attrs)), ds, depth+1)
	}
	return u.m.Force(ds[0])
}

// submoduleOptions returns the options a submodule type's modules declare.
func (u *userOptions) submoduleOptions(typ *eval.Attrs) eval.Value {
	mods, ok := u.m.Force(typ.Lookup("modules")).(*eval.List)
	if !ok {
		return &eval.Unknown{Reason: "submodule"}
	}
	var decls []*eval.Thunk
	for _, mt := range mods.Elems {
		mv := u.m.Force(mt)
		if f, ok := mv.(*eval.Func); ok {
			args := eval.NewAttrs(map[string]eval.Value{"lib": u.m.Lib()}, true, eval.Origin{})
			mv = u.m.Apply(f, eval.Ready(args), eval.Origin{})
		}
		if a, ok := mv.(*eval.Attrs); ok {
			if o := a.Lookup("options"); o != nil {
				decls = append(decls, o)
			}
		}
	}
	if len(decls) == 0 {
		return &eval.Unknown{Reason: "submodule without options"}
	}
	return u.mergeDecls(decls)
}

// discharge expands mkMerge and mkIf (an unknown condition keeps the
// content) and keeps the definitions of the highest priority.
func (u *userOptions) discharge(defs []*eval.Thunk) []*eval.Thunk {
	type pd struct {
		t    *eval.Thunk
		prio int
	}
	var out []pd
	var walk func(t *eval.Thunk, prio int, depth int)
	walk = func(t *eval.Thunk, prio int, depth int) {
		a, ok := u.m.Force(t).(*eval.Attrs)
		if !ok || depth > 32 {
			out = append(out, pd{t, prio})
			return
		}
		prop := ""
		if p := a.Lookup("_type"); p != nil {
			if s, ok := u.m.Force(p).(*eval.String); ok {
				prop = s.S
			}
		}
		content := a.Lookup("content")
		switch {
		case prop == "merge":
			if l, ok := u.m.Force(a.Lookup("contents")).(*eval.List); ok {
				for _, e := range l.Elems {
					walk(e, prio, depth+1)
				}
			}
		case prop == "if" && content != nil:
			if c, ok := u.m.Force(a.Lookup("condition")).(*eval.Bool); ok && !c.B {
				return
			}
			walk(content, prio, depth+1)
		case prop == "override" && content != nil:
			if p, ok := u.m.Force(a.Lookup("priority")).(*eval.Int); ok {
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
		walk(d, eval.PrioNormal, 0)
	}
	best := 1 << 30
	for _, d := range out {
		best = min(best, d.prio)
	}
	var kept []*eval.Thunk
	for _, d := range out {
		if d.prio == best {
			kept = append(kept, d.t)
		}
	}
	return kept
}

// attrsOf forces definitions that must be sets; open reports one that is
// not known.
func (u *userOptions) attrsOf(defs []*eval.Thunk) (sets []*eval.Attrs, open bool) {
	for _, d := range defs {
		a, ok := u.m.Force(d).(*eval.Attrs)
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
func (u *userOptions) pick(sets []*eval.Attrs, name string) []*eval.Thunk {
	var out []*eval.Thunk
	for _, s := range sets {
		if t := s.Lookup(name); t != nil {
			out = append(out, t)
		}
	}
	return out
}
