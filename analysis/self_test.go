package analysis

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestSelfOutputsNotSeen checks that self.lib, which no module the
// analysis sees defines, stays unknown (no "attribute 'lib' missing")
// when a module may define flake outputs it does not see.
func TestSelfOutputsNotSeen(t *testing.T) {
	const lib = `{ lib.admins = [ { name = "ana"; age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; } ]; }`
	for _, c := range []struct{ name, imports, more string }{
		{"an import not followed", `inputs.lib-flake.flakeModule`, ``},
		{"flake under an undecided condition", `{ flake = lib.mkIf (builtins.getEnv "SECRETS_LSP_UNSET" == "") ` + lib + `; }`, ``},
		{"config under an undecided condition", `{ config = lib.mkIf (builtins.getEnv "SECRETS_LSP_UNSET" == "") { flake = ` + lib + `; }; }`, ``},
		{"flake.lib under an undecided condition", `{ flake.lib = lib.mkIf (builtins.getEnv "SECRETS_LSP_UNSET" == "") ` + lib + `.lib; }`, ``},
		{"flake of unknown outputs", `{ flake = inputs.lib-flake.outputs; }`, ``},
		{"debug", ``, `debug = true;`},
		{"transposition", ``, `transposition.lib = { };`},
	} {
		fsys := fstest.MapFS{"flake.nix": {Data: []byte(`{
  inputs.flake-parts.url = "github:hercules-ci/flake-parts";
  inputs.secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  inputs.lib-flake.url = "github:example/lib";
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, self, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ` + c.imports + ` ];
      systems = [ ];
      ` + c.more + `
      flake.secrets.prod = {
        recipients.admins = self.lib.admins;
        secret.db = { };
      };
    });
}
`)}}
		res := Analyze(fsys, Options{Dir: "."})
		for _, d := range res.Diagnostics {
			if d.Severity == SeverityError {
				t.Errorf("%s: false error: %s", c.name, d.Message)
			}
		}
		if js := res.SecretsJSON(); !strings.Contains(js, "_unknown") {
			t.Errorf("%s: admins are not unknown:\n%s", c.name, js)
		}
	}
}
