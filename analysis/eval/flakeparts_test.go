package eval

import "testing"

// TestDefaultModule checks flake-parts.lib.defaultModule (rows as
// nix-instantiate prints them with flake-parts' lib, unknowns beside).
func TestDefaultModule(t *testing.T) {
	for _, c := range []struct{ expr, want string }{
		{`dm { _type = "flake"; flakeModules.default = 1; }`, `1`},
		{`dm { _type = "flake"; x = 2; }`, `{ _type = "flake"; x = 2; }`},
		{`dm { _type = "flake"; flakeModules.other = 1; }`, `{ _type = "flake"; flakeModules = { other = 1; }; }`},
		{`dm { inputs = 1; outputs = 2; sourceInfo = 3; flakeModules.default = 4; }`, `4`},
		{`dm { inputs = 1; flakeModules.default = 4; }`, `{ flakeModules = { default = 4; }; inputs = 1; }`},
		{`dm { _type = "module"; flakeModules.default = 4; }`, `{ _type = "module"; flakeModules = { default = 4; }; }`},
		{`dm ./mod.nix`, `/ws/mod.nix`},
		{`dm { ${unknown} = 1; }`, `«unknown»`},
		{`dm { _type = "flake"; ${unknown} = 1; }`, `«unknown»`},
	} {
		m := newTestMachine()
		src := NewSource("test.nix", []byte(c.expr))
		f, _ := src.Nix()
		env := NewEnv(nil, []string{"unknown", "dm"}, []*Thunk{Ready(&Unknown{Reason: "test"}), Ready(DefaultModule())})
		if got := m.Show(m.Eval(f.Expr, env, src)); got != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.expr, got, c.want)
		}
	}
}
