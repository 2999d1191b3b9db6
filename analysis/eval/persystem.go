package eval

// flake-parts' perSystem (its modules/perSystem.nix and withSystem.nix):
// the option perSystem is a deferred module whose apply evaluates, for a
// system, lib.evalModules of flake-parts' own perSystem module and every
// definition (each a module "<file>, via option perSystem"), with
// specialArgs { system }; allSystems is that for each of config.systems,
// getSystem picks one (any other system is evaluated too, memoized), and
// withSystem system f is f (getSystem system).allModuleArgs. Nothing of
// it is evaluated unless something reads it, as in Nix.

// PerSystem evaluates the perSystem modules of one flake, once per system.
type PerSystem struct {
	m       *Machine
	defs    []Def
	systems *Thunk
	// transposed are the flake outputs that self' holds for a system
	// (flake-parts' transposition) which no module defines but from
	// perSystem.
	transposed []string
	checks     OptionChecks
	memo       map[string]Value
}

// Transposed are the flake outputs flake-parts' transposition makes of
// the perSystem options of the same names: flake.packages.${system} is
// perSystem's packages, and so on.
var Transposed = []string{"apps", "checks", "devShells", "formatter", "legacyPackages", "packages"}

// NewPerSystem returns the evaluation of the definitions defs of
// perSystem, in the order the module system merges them, for the flake
// whose config.systems is systems; checks.Complete says that they are
// all there are (no module the analysis cannot see, no module extending
// perSystem's type). transposed are those of Transposed that no module
// defines directly as flake outputs.
func (m *Machine) NewPerSystem(defs []Def, systems *Thunk, transposed []string, checks OptionChecks) *PerSystem {
	return &PerSystem{m: m, defs: defs, systems: systems, transposed: transposed, checks: checks, memo: map[string]Value{}}
}

// defsAreModules marks a submodule type whose definitions are modules of
// the evaluation in full (a deferred module's): the options they declare
// count as the type's own.
const defsAreModules = "__defsAreModules"

// Config is config.perSystem system: the perSystem evaluation's config.
func (p *PerSystem) Config(system string) Value {
	if v, ok := p.memo[system]; ok {
		return v
	}
	m := p.m
	at := optionAt{loc: []string{"perSystem", system}, complete: p.checks.Complete}
	var sub submoduleParts // allModuleArgs is read once the modules are collected
	builtin := &Func{prim: &prim{"perSystem", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		return p.builtinModule(system, a[0], &sub)
	}}}
	// pkgs is flake-parts' _module.args.pkgs, a mkOptionDefault that a
	// module's own _module.args.pkgs (nixpkgs with overlays) overrides:
	// unknown either way, it is given beside system, so that the modules'
	// arguments do not count as defined twice.
	special := mkAttrs(Origin{}, "system", &String{S: system}, "pkgs", &Unknown{Reason: "pkgs (nixpkgs is not evaluated)"})
	typ := optionType(TypeSubmodule, Origin{}, "modules", &List{Elems: []*Thunk{Ready(builtin)}},
		"specialArgs", special, "shorthand", &Bool{}, defsAreModules, &Bool{B: true})
	u := &optionMerger{m: m, checks: p.checks}
	v := u.submoduleValue(typ, "", p.defs, 0, at, &sub)
	p.memo[system] = v
	return v
}

// builtinModule is flake-parts' own perSystem module, given the module
// arguments args: the options its modules declare in perSystem (those
// that hold packages are not followed: pkgs is not known) and the module
// arguments they give (but pkgs, see Config). Those only a flake-parts'
// error message stands for (self, inputs, getSystem, …) are unknown.
func (p *PerSystem) builtinModule(system string, args *Thunk, sub *submoduleParts) Value {
	m := p.m
	types := m.Force(m.Lib().Lookup("types")).(*Attrs)
	typeOf := func(name string, elem ...string) Value {
		t := m.Force(types.Lookup(name))
		for _, e := range elem {
			t = m.Apply(t, Ready(m.Force(types.Lookup(e))), Origin{})
		}
		return t
	}
	option := func(typ Value, dflt Value, more ...any) Value {
		kv := append([]any{"_type", &String{S: "option"}, "type", typ}, more...)
		if dflt != nil {
			kv = append(kv, "default", dflt)
		}
		return mkAttrs(Origin{}, kv...)
	}
	// apps' element is a submodule of flake-parts' the analysis does not
	// model: any value of it is unknown.
	opaque := optionType("flake-parts app", Origin{})
	options := mkAttrs(Origin{},
		"allModuleArgs", option(typeOf("lazyAttrsOf", "raw"), nil, "readOnly", &Bool{B: true}),
		"apps", option(m.Apply(typeOf("lazyAttrsOf"), Ready(opaque), Origin{}), &Attrs{}),
		"checks", option(typeOf("lazyAttrsOf", "package"), &Attrs{}),
		"debug", option(opaque, nil),
		"devShells", option(typeOf("lazyAttrsOf", "package"), &Attrs{}),
		"formatter", option(typeOf("nullOr", "package"), &Null{}),
		"legacyPackages", option(typeOf("lazyAttrsOf", "raw"), &Attrs{}),
		"packages", option(typeOf("lazyAttrsOf", "package"), &Attrs{}))
	notHere := func(name string) Value { return &Unknown{Reason: name + " is not a perSystem module argument"} }
	moduleArgs := mkAttrs(Origin{},
		"inputs'", &Unknown{Reason: "inputs' (system-dependent attributes of the inputs)"},
		"self'", Lazy(func() Value { return p.selfPrime(system) }),
		"self", notHere("self"), "inputs", notHere("inputs"), "getSystem", notHere("getSystem"),
		"withSystem", notHere("withSystem"), "moduleWithSystem", notHere("moduleWithSystem"))
	// allModuleArgs = config._module.args // specialArgs // { inherit config options; }:
	// every argument the modules receive but lib, and lib.modules' own.
	allArgs := Lazy(func() Value {
		a, ok := m.Force(args).(*Attrs)
		if !ok {
			return m.Force(args)
		}
		all := Without(a, []string{"lib"})
		for _, n := range []string{"options", "extendModules", "moduleType"} {
			all = all.With(n, Ready(&Unknown{Reason: "the perSystem module argument " + n}))
		}
		// Closed when every module giving arguments is known.
		all.Open = !sub.complete
		return all
	})
	config := mkAttrs(Origin{}, "_module", mkAttrs(Origin{}, "args", moduleArgs), "allModuleArgs", allArgs)
	return mkAttrs(Origin{}, "_file", &String{S: "<flake-parts>/modules/perSystem.nix"}, "options", options, "config", config)
}

// selfPrime is the module argument self' of system: perInput system
// self, each transposed output's attribute system, which is perSystem's
// option of that name when system is one of config.systems (else Nix's
// error, not modelled). It is open: transposition may have more.
func (p *PerSystem) selfPrime(system string) Value {
	l, ok := p.m.Force(p.systems).(*List)
	if !ok {
		return &Unknown{Reason: "self' when config.systems is not known"}
	}
	listed := false
	for _, e := range l.Elems {
		s, ok := p.m.Force(e).(*String)
		if !ok {
			return &Unknown{Reason: "self' when config.systems is not known"}
		}
		listed = listed || s.S == system
	}
	if !listed {
		return &Unknown{Reason: "self' of a system not in config.systems"}
	}
	vals := map[string]*Thunk{}
	for _, n := range p.transposed {
		vals[n] = Lazy(func() Value { return p.m.selectName(p.Config(system), n, Origin{}) })
	}
	return NewAttrsOf(vals, true, Origin{})
}

// Func is config.perSystem: the function from a system to its config.
func (p *PerSystem) Func() Value {
	return &Func{prim: &prim{"perSystem", 1, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		return p.Config(s.S)
	}}}
}

// AllSystems is config.allSystems: genAttrs systems config.perSystem.
func (p *PerSystem) AllSystems() Value {
	l, bad := p.m.list(p.systems, Origin{})
	if bad != nil {
		return bad
	}
	vals := map[string]*Thunk{}
	for _, e := range l.Elems {
		s, bad := p.m.str(e, Origin{})
		if bad != nil {
			return bad
		}
		vals[s.S] = Lazy(func() Value { return p.Config(s.S) })
	}
	return NewAttrsOf(vals, false, Origin{})
}

// GetSystem is the module argument getSystem: the config of any system
// (allSystems.${system} or the same evaluation for another).
func (p *PerSystem) GetSystem() Value { return p.Func() }

// WithSystem is the module argument withSystem: system: f: f (getSystem
// system).allModuleArgs.
func (p *PerSystem) WithSystem() Value {
	return &Func{prim: &prim{"withSystem", 2, func(m *Machine, a []*Thunk, o Origin) Value {
		s, bad := m.str(a[0], o)
		if bad != nil {
			return bad
		}
		args := Lazy(func() Value { return m.selectName(p.Config(s.S), "allModuleArgs", o) })
		return m.Apply(m.Force(a[1]), args, o)
	}}}
}
