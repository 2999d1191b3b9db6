{
  description = "The policy is published as flake.flakeModules.policy (for other flakes) and imported in the same flake through inputs.self.flakeModules.policy instead of the path: imports depend on the outputs being computed (infinite recursion)";

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
        inputs.self.flakeModules.policy
      ];
      systems = [ ];
      flake.flakeModules.policy = ./parts/policy.nix;
    };
}
