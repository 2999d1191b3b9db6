{
  description = "One group defined by several modules: lists concatenate in import order";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        ./secrets/people.nix
        ./secrets/hosts.nix
        ./secrets/app.nix
        ./secrets/database.nix
      ];
      systems = [ "x86_64-linux" ];
    };
}
