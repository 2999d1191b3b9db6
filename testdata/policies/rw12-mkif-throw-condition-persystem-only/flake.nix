{
  description = "a module's whole config is a mkMerge whose mkIf condition throws, around perSystem only: evaluating the policy never evaluates it";

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
