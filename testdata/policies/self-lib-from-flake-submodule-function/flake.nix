{
  description = "flake.lib defined by a flake submodule written as a function in an imported file, read back through self";

  inputs.flake-parts.url = "github:hercules-ci/flake-parts";
  inputs.secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ self, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./outputs.nix ];
      systems = [ ];
      flake.secrets.prod = { recipients.admins = self.lib.admins; secret.db = { }; };
    });
}
