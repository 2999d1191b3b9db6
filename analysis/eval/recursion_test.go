package eval

import "testing"

// TestSelfSelect: a definition of the option at a.b reading config.a.b
// first is Nix's infinite recursion; reading it later, conditionally,
// through something that may fail first, or another option, is not.
func TestSelfSelect(t *testing.T) {
	cases := []struct {
		expr string
		want bool
	}{
		{`config.a.b`, true},
		{`config.a.b.c or [ ]`, true},
		{`builtins.filter (x: x != 1) config.a.b ++ [ 1 ]`, true},
		{`lib.mapAttrs (_: v: v) config.a.b`, true},
		{`lib.mapAttrsToList (n: v: n) (config.a.b)`, true},
		{`builtins.length config.a.b`, true},
		{`[ 1 ] ++ config.a.b`, true},
		{`config.a`, false},
		{`config.a.c`, false},
		{`[ config.a.b ]`, false},
		{`map (x: x) config.a.b`, true},
		{`(map: map (x: x) config.a.b) (f: l: [ ])`, false},
		{`with { map = f: l: [ ]; }; map (x: x) config.a.b`, false}, // not followed into a with
		{`builtins.filter f config.a.b`, false},
		{`lib.mkDefault config.a.b`, false},
		{`if cond then config.a.b else [ ]`, false},
		{`true || config.a.b`, false},
		{`(let config = { }; in config.a.b)`, false},
		{`(config: config.a.b) { }`, false},
		{`(lib.filter (x: x)) (config.a.b)`, true},
	}
	for _, c := range cases {
		m := newTestMachine()
		src := NewSource("test.nix", []byte(c.expr))
		f, _ := src.Nix()
		config := Ready(&Attrs{Open: true})
		env := NewEnv(nil, []string{"config", "lib", "cond", "f"}, []*Thunk{config, Ready(m.Lib()), Ready(&Unknown{}), Ready(&Unknown{})})
		got := m.SelfSelect(m.thunk(f.Expr, env, src), config, []string{"a", "b"})
		if (got != nil) != c.want {
			t.Errorf("%s: recursion %v, want %v", c.expr, got != nil, c.want)
		}
	}
}
