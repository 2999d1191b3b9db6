package analysis

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/secrets-lsp/secrets-lsp/analysis/eval"
)

// TestDefinitionsSeen checks when the analysis knows every top-level
// definition the modules make (eval.OptionChecks.Complete).
func TestDefinitionsSeen(t *testing.T) {
	known := attrsData("fleet", attrsData("a", strData("x")))
	open := &Data{Kind: eval.KAttrs, Open: true}
	unknown := unknownData(eval.Origin{}, "test")
	mkIf := func(content *Data) *Data {
		return attrsData("_type", strData("if"), "condition", unknown, "content", content)
	}
	mkMerge := func(ds ...*Data) *Data {
		return attrsData("_type", strData("merge"), "contents", listData(eval.Origin{}, ds))
	}
	mod := func(vals ...*Data) *module {
		m := &module{}
		for _, v := range vals {
			m.config = append(m.config, def{val: v})
		}
		return m
	}
	for _, c := range []struct {
		name  string
		order []*module
		want  bool
	}{
		{"known sets", []*module{mod(known), mod()}, true},
		{"under an unknown condition", []*module{mod(mkIf(known))}, true},
		{"merged", []*module{mod(mkMerge(known, mkIf(known)))}, true},
		{"a set partly known", []*module{mod(known), mod(open)}, false},
		{"an unknown config", []*module{mod(unknown)}, false},
		{"merged with an unknown", []*module{mod(mkMerge(known, unknown))}, false},
		{"an import not followed", []*module{{unseen: true}}, false},
		{"an alias", []*module{{aliases: []alias{{from: "old", to: []string{"fleet"}}}}}, false},
		{"a module that fails", []*module{{errors: []Diagnostic{{Message: "boom"}}}}, false},
	} {
		if got := definitionsSeen(c.order); got != c.want {
			t.Errorf("%s: definitionsSeen = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestDeclTreeUnion checks how two modules' declarations of one name
// combine.
func TestDeclTreeUnion(t *testing.T) {
	opt := &declTree{option: true}
	set := func(kids map[string]*declTree) *declTree { return &declTree{kids: kids} }
	u := set(map[string]*declTree{"a": opt}).union(set(map[string]*declTree{"b": opt}))
	if u.open || u.kids["a"] != opt || u.kids["b"] != opt {
		t.Errorf("sets of options: %+v, want a and b", u)
	}
	if u := opt.union(set(nil)); !u.open {
		t.Errorf("an option beside a set of options: %+v, want open", u)
	}
	if u := set(map[string]*declTree{"a": opt}).union(openDecl); !u.open {
		t.Errorf("beside a declaration not known: %+v, want open", u)
	}
	if u := (*declTree)(nil).union(opt); u != opt {
		t.Errorf("first declaration: %+v", u)
	}
}

// lib.mkRemovedOptionModule defines config.assertions, an option
// flake-parts does not have: Nix fails with "does not exist" whatever the
// policy (the values it prints are not modelled).
func TestRemovedOptionModule(t *testing.T) {
	fsys := fstest.MapFS{"flake.nix": {Data: []byte(`{
  inputs.flake-parts.url = "github:hercules-ci/flake-parts";
  inputs.secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default (lib.mkRemovedOptionModule [ "legacyHosts" ] "Use targets.") ];
      systems = [ ];
      flake.secrets.prod.recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
      flake.secrets.prod.secret.token = { };
    });
}
`)}}
	res := Analyze(fsys, Options{Dir: "."})
	var found bool
	for _, d := range res.Diagnostics {
		found = found || d.Severity == SeverityError && strings.HasPrefix(d.Message, "The option `assertions' does not exist.") && d.Span.IsValid()
	}
	if !found {
		t.Fatalf("no error for config.assertions: %v", res.Diagnostics)
	}
}

// TestUnknownConditionNoOptionError checks that a definition under a
// condition or priority the analysis cannot decide (getEnv: "" for Nix
// when unset) never makes the module system's errors certain: Nix drops
// it when the condition is false, or the others when its priority wins.
func TestUnknownConditionNoOptionError(t *testing.T) {
	const unknownIf = `lib.mkIf (builtins.getEnv "SECRETS_LSP_UNSET" != "")`
	const unknownPrio = `lib.mkOverride (if builtins.getEnv "SECRETS_LSP_UNSET" == "" then 10 else 100)`
	for _, c := range []struct{ name, decl, def string }{
		{"uniq", `lib.types.uniq (lib.types.listOf lib.types.str)`, unknownIf + ` [ "bo" ]`},
		{"str", `lib.types.str`, unknownIf + ` "bo"`},
		{"wrong type", `lib.types.listOf lib.types.str`, unknownIf + ` "bo"`},
		{"untyped", `null`, unknownIf + ` "bo"`},
		{"uniq beside a priority", `lib.types.uniq (lib.types.listOf lib.types.str)`, `lib.mkMerge [ [ "bo" ] (` + unknownPrio + ` [ "cy" ]) ]`},
		{"str beside a priority", `lib.types.str`, `lib.mkMerge [ "bo" (` + unknownPrio + ` "cy") ]`},
	} {
		typ := ""
		if c.decl != "null" {
			typ = "type = " + c.decl + ";"
		}
		fsys := fstest.MapFS{"flake.nix": {Data: []byte(`{
  inputs.flake-parts.url = "github:hercules-ci/flake-parts";
  inputs.secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default
        { admin = ` + c.def + `; } ];
      options.admin = lib.mkOption { ` + typ + ` };
      config = {
        systems = [ ];
        admin = [ "ada" ];
        flake.secrets.prod.recipients.admins = map (n: { name = n; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }) (lib.toList config.admin);
        flake.secrets.prod.secret.token = { };
      };
    });
}
`)}}
		if strings.HasPrefix(c.name, "str") {
			fsys["flake.nix"].Data = []byte(strings.Replace(string(fsys["flake.nix"].Data), `admin = [ "ada" ];`, `admin = "ada";`, 1))
		}
		for _, d := range Analyze(fsys, Options{Dir: "."}).Diagnostics {
			if d.Severity == SeverityError {
				t.Errorf("%s: false error: %s", c.name, d.Message)
			}
		}
	}
}
