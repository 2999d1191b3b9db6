{
  description = "mkFlake specialArgs passes an inventory (hosts with env and roles) to every module; groups are genAttrs over the environments, targets filtered by env, secrets selected by role";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake {
      inherit inputs;
      specialArgs.inventory = import ./inventory.nix;
    } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./secrets.nix ];
      systems = [ "x86_64-linux" ];
    };
}
