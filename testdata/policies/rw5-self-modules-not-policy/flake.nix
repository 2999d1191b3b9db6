{
  description = "The policy module imported by path and also published as flake.flakeModules.policy; a NixOS module in flake.nixosModules refers to self.secrets lazily; the flake-parts flakeModules extra module imported from inputs.flake-parts; self is taken from the module arguments";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        inputs.flake-parts.flakeModules.flakeModules
        ./parts/policy.nix
      ];
      systems = [ "x86_64-linux" "aarch64-darwin" ];
      flake.flakeModules.policy = ./parts/policy.nix;
    };
}
