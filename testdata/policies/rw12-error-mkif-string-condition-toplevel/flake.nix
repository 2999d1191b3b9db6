{
  description = "mistake: a module's whole config is a mkMerge whose mkIf condition is the string \"yes\"; the mkIf is pushed down to flake, which the policy merges";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        ./modules/infra.nix
        ./modules/secrets.nix
      ];
      systems = [ "x86_64-linux" ];
    };
}
