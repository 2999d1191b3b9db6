{
  description = "mkFlake's module is a file (./flake-module.nix) taking { inputs, lib, ... } and importing the secrets module from inputs; perSystem is defined but unused by the policy";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ./flake-module.nix;
}
