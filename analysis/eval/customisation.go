package eval

import (
	"slices"
	"strings"

	"github.com/secrets-lsp/secrets-lsp/internal/editdist"
)

// lib.makeOverridable and lib.callPackageWith (lib/customisation.nix), and
// the functions of lib/trivial.nix they rest on: functions may be sets
// with __functor (setFunctionArgs, mirrorFunctionArgs), which lib's
// isFunction and functionArgs see through. Derivations are not modelled:
// overrideDerivation is unknown.

// libIsFunction is lib.isFunction v: a function, or a set whose
// __functor gives one.
func (m *Machine) libIsFunction(v Value, o Origin) Value {
	for range 100 {
		switch f := v.(type) {
		case *Func:
			return m.bool(true, o)
		case *Unknown:
			return propagate(f, o)
		case *Attrs:
			t := f.Lookup("__functor")
			if t == nil {
				if f.Open {
					return unknown(o, "isFunction of a partially known set")
				}
				return m.bool(false, o)
			}
			v = m.Apply(m.Force(t), Ready(f), o)
			continue
		}
		return m.bool(false, o)
	}
	return m.exhausted(o, budgetExhausted)
}

// libFunctionArgs is lib.functionArgs t: a set with __functor has its
// __functionArgs, or those of what its __functor gives.
func (m *Machine) libFunctionArgs(t *Thunk, o Origin) Value {
	if s, ok := m.Force(t).(*Attrs); ok {
		switch f := s.Lookup("__functor"); {
		case f == nil && s.Open:
			return unknown(o, "functionArgs of a partially known set")
		case f != nil:
			if fa := s.Lookup("__functionArgs"); fa != nil {
				return m.Force(fa)
			}
			if s.Open {
				return unknown(o, "functionArgs of a partially known set")
			}
			return m.libFunctionArgs(Ready(m.Apply(m.Force(f), t, o)), o)
		}
	}
	return m.Apply(&Func{prim: builtin("functionArgs")}, t, o)
}

// withFunctionArgs is lib.setFunctionArgs g args: g called through a set
// that says its arguments are args.
func withFunctionArgs(g Value, args *Thunk, o Origin) *Attrs {
	functor := fn("__functor", 1, func(m *Machine, a []*Thunk, o Origin) Value { return g })
	return mkAttrs(o, "__functor", &Func{prim: functor}, "__functionArgs", args)
}

// makeOverridable is lib.makeOverridable f: f, called through a set with
// f's arguments, whose results have override (f called again with the
// arguments updated) and overrideDerivation.
func (m *Machine) makeOverridable(f *Thunk, o Origin) Value {
	fArgs := Lazy(func() Value { return m.libFunctionArgs(f, o) })
	call := &Func{prim: fn("makeOverridable", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return m.overridableCall(f, fArgs, a[0], o)
	})}
	mirrored := withFunctionArgs(call, fArgs, o)
	s, isSet := m.Force(f).(*Attrs)
	if !isSet {
		return mirrored
	}
	// An overridable set made overridable again keeps its own override,
	// made overridable.
	res := m.update(s, mirrored, o)
	if ov := s.Lookup("override"); ov != nil {
		over := fn("override", 1, func(m *Machine, a []*Thunk, o Origin) Value {
			return m.makeOverridable(lazyApply(m, m.Force(ov), o, a[0]), o)
		})
		res = m.update(res, mkAttrs(o, "override", &Func{prim: over}), o)
	}
	return res
}

// overridableCall is the call of makeOverridable f with origArgs.
func (m *Machine) overridableCall(f, fArgs, origArgs *Thunk, o Origin) Value {
	result := m.Apply(m.Force(f), origArgs, o)
	override := withFunctionArgs(&Func{prim: fn("override", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		isFn, bad := m.boolean(m.libIsFunction(m.Force(a[0]), o), o)
		if bad != nil {
			return bad
		}
		newArgs := a[0]
		if isFn {
			newArgs = lazyApply(m, m.Force(a[0]), o, origArgs)
		}
		args := Lazy(func() Value { return m.update(m.Force(origArgs), m.Force(newArgs), o) })
		return m.Apply(m.makeOverridable(f, o), args, o)
	})}, fArgs, o)
	switch r := result.(type) {
	case *Attrs:
		// Written where f is called, which the analysis shows as theirs.
		extra := mkAttrsAt(o, o, "override", override, "overrideDerivation", &Func{prim: fn("overrideDerivation", 1, func(m *Machine, a []*Thunk, o Origin) Value {
			return unknown(o, "overrideDerivation: derivations are not modelled")
		})})
		if r.Lookup("overrideAttrs") != nil {
			overrideAttrs := fn("overrideAttrs", 1, func(m *Machine, a []*Thunk, o Origin) Value {
				fdrv := a[0]
				g := fn("overrideAttrs-of", 1, func(m *Machine, b []*Thunk, o Origin) Value {
					return m.Apply(m.selectName(m.Apply(m.Force(f), b[0], o), "overrideAttrs", o), fdrv, o)
				})
				again := withFunctionArgs(&Func{prim: g}, fArgs, o)
				return m.Apply(m.makeOverridable(Ready(again), o), origArgs, o)
			})
			extra = extra.With("overrideAttrs", Ready(&Func{prim: overrideAttrs}))
		}
		return m.update(r, extra, o)
	case *Func:
		args := Lazy(func() Value { return m.libFunctionArgs(Ready(r), o) })
		return withFunctionArgs(r, args, o).With("override", Ready(override))
	}
	return result
}

// callPackageWith is lib.callPackageWith autoArgs fn args: fn (or the
// function its file holds) made overridable and called with args and
// those of autoArgs it names.
func (m *Machine) callPackageWith(autoArgs, fnArg, args *Thunk, o Origin) Value {
	isFn, bad := m.boolean(m.libIsFunction(m.Force(fnArg), o), o)
	if bad != nil {
		return bad
	}
	f := fnArg
	if !isFn {
		f = Ready(m.Apply(m.Force(m.builtins.Lookup("import")), fnArg, o))
	}
	fargs, bad := as[*Attrs](m, m.libFunctionArgs(f, o), o, "a set")
	if bad != nil {
		return bad
	}
	auto, bad := m.attrs(autoArgs, o)
	if bad != nil {
		return bad
	}
	given, bad := m.attrs(args, o)
	if bad != nil {
		return bad
	}
	allArgs := m.update(m.Call(&Func{prim: builtin("intersectAttrs")}, o, Ready(fargs), Ready(auto)), given, o)
	all, bad := m.attrs(Ready(allArgs), o)
	if bad != nil {
		return bad
	}
	var missing []string
	for i, n := range fargs.Names {
		if all.Lookup(n) != nil {
			continue
		}
		optional, bad := m.boolean(m.Force(fargs.Vals[i]), o)
		if bad != nil {
			return bad
		}
		if all.Open || fargs.Open {
			return unknown(o, "callPackageWith of partially known arguments")
		}
		if !optional {
			missing = append(missing, n)
		}
	}
	if fargs.Open {
		return unknown(o, "callPackageWith of a function of partially known arguments")
	}
	if len(missing) == 0 {
		return m.Apply(m.makeOverridable(f, o), Ready(all), o)
	}
	return m.missingArgument(fargs, missing[0], m.update(auto, given, o), o)
}

// missingArgument is callPackageWith's abort for a required argument arg
// of fargs that no argument gives: where it is declared, and up to three
// names of available (at a Levenshtein distance of at most 2, nearest
// first).
func (m *Machine) missingArgument(fargs *Attrs, arg string, available Value, o Origin) Value {
	avail, bad := m.attrs(Ready(available), o)
	if bad != nil {
		return bad
	}
	if avail.Open {
		return unknown(o, "callPackageWith of partially known arguments")
	}
	loc := "<unknown location>"
	if k := fargs.KeyOrigin(arg); k.IsValid() {
		p := k.Src.File.Position(k.Start)
		loc = m.absPath(k.Src.Path) + ":" + itoa(p.Line)
	}
	type near struct {
		name string
		dist int
	}
	var close []near
	for _, n := range avail.Names {
		if d := editdist.Levenshtein(arg, n); d <= 2 {
			close = append(close, near{n, d})
		}
	}
	slices.SortStableFunc(close, func(x, y near) int { return x.dist - y.dist })
	var quoted []string
	for _, c := range close[:min(3, len(close))] {
		quoted = append(quoted, `"`+c.name+`"`)
	}
	msg := "lib.customisation.callPackageWith: Function called without required argument \"" + arg + "\" at " + loc
	switch len(quoted) {
	case 0:
	case 1:
		msg += ", did you mean " + quoted[0] + "?"
	default:
		msg += ", did you mean " + strings.Join(quoted[:len(quoted)-1], ", ") + " or " + quoted[len(quoted)-1] + "?"
	}
	return m.abort(o, msg)
}

// FunctorFormals reports whether the set a is a function to lib (its
// __functor gives one), as toPretty shows it, and then the arguments
// lib.functionArgs gives it; known is false when either is not known.
func (m *Machine) FunctorFormals(a *Attrs, o Origin) (formals []Formal, isFunc, known bool) {
	b, ok := m.libIsFunction(a, o).(*Bool)
	if !ok || !b.B {
		return nil, false, ok
	}
	args, ok := m.libFunctionArgs(Ready(a), o).(*Attrs)
	if !ok || args.Open {
		return nil, true, false
	}
	for i, n := range args.Names {
		def, ok := m.Force(args.Vals[i]).(*Bool)
		if !ok {
			return nil, true, false
		}
		formals = append(formals, Formal{Name: n, HasDefault: def.B, O: args.KeyOrigin(n)})
	}
	return formals, true, true
}
