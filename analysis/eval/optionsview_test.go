package eval

import (
	"strings"
	"testing"
)

// optionsViewCases are options declared by one module and defined by
// another (config, Nix text over lib) and what the module argument options
// holds for them: the lines of `map (x: { inherit (x) isDefined
// definitions; }) [ … ]` as Nix prints them for lib.evalModules (checked
// with nix-instantiate when complete; the analysis' unknowns beside).
var optionsViewCases = []struct {
	name, options, config string
	complete              bool
	want                  string
}{
	{"defined, default, neither, mkIf false, priorities, nested",
		`{ a = lib.mkOption { default = [ ]; }; b = lib.mkOption { }; c = lib.mkOption { }; d = lib.mkOption { }; e = lib.mkOption { default = 5; }; t.x = lib.mkOption { }; }`,
		`{ a = [ 1 ]; c = lib.mkIf false 1; d = lib.mkMerge [ (lib.mkDefault 1) 2 (lib.mkIf true 3) ]; t.x = "y"; }`, true,
		`[ { definitions = [ [ 1 ] ]; isDefined = true; } { definitions = [ ]; isDefined = false; } { definitions = [ ]; isDefined = false; } { definitions = [ 2 3 ]; isDefined = true; } { definitions = [ 5 ]; isDefined = true; } { definitions = [ "y" ]; isDefined = true; } ]`},
	// A module the analysis does not see may define them.
	{"incomplete",
		`{ a = lib.mkOption { default = [ ]; }; b = lib.mkOption { }; c = lib.mkOption { }; d = lib.mkOption { }; e = lib.mkOption { default = 5; }; t.x = lib.mkOption { }; }`,
		`{ a = [ 1 ]; c = lib.mkIf false 1; d = lib.mkMerge [ (lib.mkDefault 1) 2 (lib.mkIf true 3) ]; t.x = "y"; }`, false,
		`[ { definitions = «unknown»; isDefined = true; } { definitions = «unknown»; isDefined = «unknown»; } { definitions = «unknown»; isDefined = «unknown»; } { definitions = «unknown»; isDefined = true; } { definitions = «unknown»; isDefined = true; } { definitions = «unknown»; isDefined = true; } ]`},
	{"conditions not known",
		`{ a = lib.mkOption { }; b = lib.mkOption { }; c = lib.mkOption { default = 1; }; d = lib.mkOption { }; e = lib.mkOption { }; t.x = lib.mkOption { }; }`,
		`{ a = lib.mkIf unknown 1; b = lib.mkMerge [ (lib.mkIf unknown 1) 2 ]; c = lib.mkIf unknown 2; d = unknown; e = throw "no"; }`, true,
		`[ { definitions = «unknown»; isDefined = «unknown»; } { definitions = «unknown»; isDefined = true; } { definitions = «unknown»; isDefined = true; } { definitions = «unknown»; isDefined = «unknown»; } { definitions = «error: no»; isDefined = «error: no»; } { definitions = [ ]; isDefined = false; } ]`},
}

func TestOptionsView(t *testing.T) {
	for _, c := range optionsViewCases {
		t.Run(c.name, func(t *testing.T) {
			m := newTestMachine()
			eval := func(text string) *Thunk {
				src := NewSource("test.nix", []byte(text))
				f, _ := src.Nix()
				env := NewEnv(nil, []string{"unknown", "lib"}, []*Thunk{Ready(&Unknown{Reason: "test"}), Ready(m.Lib())})
				return Ready(m.Eval(f.Expr, env, src))
			}
			opts, cfg := m.Force(eval(c.options)).(*Attrs), m.Force(eval(c.config)).(*Attrs)
			decls := map[string][]*Thunk{}
			for i, n := range opts.Names {
				decls[n] = []*Thunk{opts.Vals[i]}
			}
			var defs []Named
			for i, n := range cfg.Names {
				defs = append(defs, Named{Name: n, File: "config.nix", T: cfg.Vals[i]})
			}
			view := NewAttrsOf(m.OptionsView(decls, defs, OptionChecks{Complete: c.complete}), false, Origin{})
			var shown []string
			for _, path := range [][]string{{"a"}, {"b"}, {"c"}, {"d"}, {"e"}, {"t", "x"}} {
				var v Value = view
				for _, n := range path {
					v = m.selectName(v, n, Origin{})
				}
				o := v.(*Attrs)
				shown = append(shown, "{ definitions = "+m.Show(m.Force(o.Lookup("definitions")))+"; isDefined = "+m.Show(m.Force(o.Lookup("isDefined")))+"; }")
			}
			if got := "[ " + strings.Join(shown, " ") + " ]"; got != c.want {
				t.Errorf("\n got %s\nwant %s", got, c.want)
			}
		})
	}
}
