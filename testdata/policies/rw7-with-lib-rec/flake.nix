{
  description = "A policy module written with 'with lib;' around a rec set: groups refer to each other's lists, names built with toUpper/optionalString, attrsets.mapAttrsToList";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./secrets.nix ];
      systems = [ ];
    };
}
