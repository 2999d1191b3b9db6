{
  description = "One module publishes the inventory with _module.args, another takes it as an argument";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        ./modules/secrets.nix
        ./modules/inventory.nix
      ];
      systems = [ "x86_64-linux" ];
    };
}
