package analysis

import (
	"slices"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
)

// Flake-level code reaches flake-parts' perSystem modules through the
// module arguments withSystem and getSystem and through config.allSystems
// and config.perSystem (flake-parts' modules/perSystem.nix and
// withSystem.nix): runner keys declared as a perSystem option, collected
// for every system of config.systems. Like other values of config, they
// are what the previous config round collected: reading them marks the
// module as reading config. Nothing is evaluated for a flake unless a
// module reads them.

// flakePartsConfig is what the analysis evaluates of flake-parts' own
// options, from the definitions of one config round.
type flakePartsConfig struct {
	systems, allSystems *eval.Thunk
	perSystem           *eval.PerSystem
}

// flakePartsConfig merges the definitions of perSystemOptions the units
// gave (x.fpDefs) for the modules in order.
func (x *extractor) flakePartsConfig(order []*module) *flakePartsConfig {
	var systems []eval.Named
	var perSystem []eval.Def
	allSystemsDefined := false
	for i := len(order) - 1; i >= 0; i-- {
		for _, defs := range x.fpDefs {
			for _, d := range defs {
				if d.module != order[i].key {
					continue
				}
				switch d.name {
				case "systems":
					systems = append(systems, eval.Named{Name: d.name, File: d.file, T: d.t})
				case "perSystem":
					// types.deferredModule: each definition a module of its
					// own (lib.setDefaultModuleLocation).
					perSystem = append(perSystem, eval.Def{File: d.file + ", via option perSystem", T: d.t})
				default:
					allSystemsDefined = true
				}
			}
		}
	}
	checks := x.optionChecks(definitionsSeen(order) && !extendsFlakeParts(order))
	// flake-parts' systems: mkOption { type = types.listOf types.str; }.
	types := x.m.Force(x.m.Lib().Lookup("types")).(*eval.Attrs)
	listOfStr := x.m.Apply(x.m.Force(types.Lookup("listOf")), types.Lookup("str"), eval.Origin{})
	decl := eval.NewAttrs(map[string]eval.Value{"_type": &eval.String{S: "option"}, "type": listOfStr}, false, eval.Origin{})
	c := &flakePartsConfig{systems: x.m.MergeOptions(map[string][]*eval.Thunk{"systems": {eval.Ready(decl)}}, systems, checks)["systems"]}
	// A module that defines flake.packages itself adds to self'.packages.
	outputs := x.flakeOutputs()
	var transposed []string
	for _, n := range eval.Transposed {
		if outputs[n] == nil && checks.Complete {
			transposed = append(transposed, n)
		}
	}
	c.perSystem = x.m.NewPerSystem(perSystem, c.systems, transposed, checks)
	c.allSystems = eval.Lazy(func() eval.Value {
		if allSystemsDefined {
			// lazyAttrsOf unspecified: a definition of its own merges in.
			return &eval.Unknown{Reason: "allSystems defined by a module"}
		}
		return c.perSystem.AllSystems()
	})
	return c
}

// extendsFlakeParts reports whether a module declares one of
// perSystemOptions itself (mkPerSystemOption adds modules to perSystem's
// type, which the analysis does not follow).
func extendsFlakeParts(order []*module) bool {
	for _, m := range order {
		for _, d := range m.optionDecls {
			if slices.Contains(perSystemOptions, d.Name) {
				return true
			}
		}
	}
	return false
}

// options are the values of config the options hold.
func (c *flakePartsConfig) options() map[string]*eval.Thunk {
	return map[string]*eval.Thunk{
		"systems":    c.systems,
		"allSystems": c.allSystems,
		"perSystem":  eval.Ready(c.perSystem.Func()),
	}
}

// perSystemArg is the module argument name (withSystem, getSystem,
// getSystemIgnoreWarning) as the modules of the unit being evaluated read
// it: unknown before a config round has collected perSystem, and a read
// of config (used) either way.
func (x *extractor) perSystemArg(name string, used *bool) *eval.Thunk {
	c := x.perSystem
	return eval.Lazy(func() eval.Value {
		if used != nil {
			*used = true
		}
		switch {
		case c == nil:
			return &eval.Unknown{Reason: "the module argument " + name}
		case name == "withSystem":
			return c.perSystem.WithSystem()
		}
		return c.perSystem.GetSystem()
	})
}
