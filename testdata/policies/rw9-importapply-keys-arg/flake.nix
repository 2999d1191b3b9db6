{
  description = "flake-parts importApply: the secrets module is a function of { keys } applied in flake.nix, uses with lib and optionalAttrs on a feature flag";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        (flake-parts.lib.importApply ./parts/secrets.nix { keys = import ./parts/keys.nix; withMonitoring = true; })
      ];
      systems = [ "x86_64-linux" ];
    };
}
