package analysis

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestPartitionsNotFollowed checks that a policy taken from a flake-parts
// partition the analysis does not evaluate in full stays unknown, with no
// error: partitions it does not follow, or where Nix fails with an error
// it does not model.
func TestPartitionsNotFollowed(t *testing.T) {
	const policy = `{ inputs, ... }: { imports = [ inputs.secrets-lsp.flakeModules.default ]; flake.secrets.ops = { recipients.admins = [ { name = "ana"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ]; secret.token = { }; }; }`
	for _, c := range []struct{ name, imports, config string }{
		{"extraInputs", ``, `partitionedAttrs = { secrets = "ops"; sopsYaml = "ops"; }; partitions.ops = { extraInputs.x = { }; module = ` + policy + `; };`},
		{"a partition no module defines", ``, `partitionedAttrs = { secrets = "ops"; sopsYaml = "ops"; }; partitions.dev.module = ` + policy + `;`},
		{"sopsYaml of another partition", ``, `partitionedAttrs = { secrets = "ops"; sopsYaml = "dev"; }; partitions.ops.module = ` + policy + `; partitions.dev.module = { };`},
		{"the module in the flake's own modules too", `inputs.secrets-lsp.flakeModules.default`, `partitionedAttrs.secrets = "ops"; partitions.ops.module = ` + policy + `;`},
		{"partitions not known", ``, `partitionedAttrs = { secrets = "ops"; sopsYaml = "ops"; }; partitions = inputs.ops.partitions;`},
		{"partitions from a module not seen", `inputs.ops.flakeModule`, `partitionedAttrs = { secrets = "ops"; sopsYaml = "ops"; }; partitions.ops.module = ` + policy + `;`},
	} {
		fsys := fstest.MapFS{"flake.nix": {Data: []byte(`{
  inputs.flake-parts.url = "github:hercules-ci/flake-parts";
  inputs.secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  inputs.ops.url = "github:example/ops";
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ flake-parts.flakeModules.partitions ` + c.imports + ` ];
      systems = [ ];
      ` + c.config + `
    };
}
`)}}
		res := Analyze(fsys, Options{Dir: "."})
		for _, d := range res.Diagnostics {
			if d.Severity == SeverityError {
				t.Errorf("%s: false error: %s", c.name, d.Message)
			}
		}
		if js := res.SecretsJSON(); !strings.Contains(js, "_unknown") || res.SopsYAMLKnown {
			t.Errorf("%s: the policy is not unknown (sops.yaml known %v):\n%s", c.name, res.SopsYAMLKnown, js)
		}
	}
}
