{
  description = "secrets split into secrets/common.nix (admins and defaults for both environments, mkDefault) and one module per environment that overrides them (plain definitions and mkForce)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        ./secrets/common.nix
        ./secrets/prod.nix
        ./secrets/staging.nix
      ];
      systems = [ "x86_64-linux" ];
    };
}
