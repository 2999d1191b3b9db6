package analysis

import "strings"

// testFlake is a flake.nix that imports the secrets-lsp module, then the
// given module paths, with extra bindings in mkFlake's module.
func testFlake(imports []string, extra string) []byte {
	return []byte(`{
  inputs.flake-parts.url = "github:hercules-ci/flake-parts";
  inputs.secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ` + strings.Join(append(imports, ""), " ") + `];
      systems = [ ];
` + extra + `    };
}
`)
}
