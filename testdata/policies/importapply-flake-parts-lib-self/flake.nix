{
  description = "A policy module applied with flake-parts-lib.importApply (the module argument), given the flake's own self: read in config, not in imports, so no recursion";
  inputs = {
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };
  outputs = inputs@{ flake-parts, self, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ flake-parts-lib, ... }: {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        (flake-parts-lib.importApply ./parts/policy.nix { localFlake = self; })
      ];
      systems = [ ];
      flake.hostNames = [ "web" ];
    });
}
