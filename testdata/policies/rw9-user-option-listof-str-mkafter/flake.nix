{
  description = "user option decommissioned = listOf str defined in two modules (one mkAfter); hosts in it are removed from the targets with subtractLists/filter";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./opts.nix ./decom-2024.nix ./decom-2025.nix ./policy.nix ];
      systems = [ "x86_64-linux" ];
    };
}
