{
  description = "mkFlake's module given as a path to a file (the whole flake config lives in parts/default.nix), whose imports mix a path, a directory, a value and a function; admins ordered across them with mkMerge, mkAfter inside mkMerge, and mkOrder";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ./parts;
}
