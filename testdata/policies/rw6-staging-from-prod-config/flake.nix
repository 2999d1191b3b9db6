{
  description = "A module written as a function of config derives the staging group from prod: the same admins, the prod targets whose names start with stg- moved over, and every prod secret mirrored with targets [\"*\"]";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./prod.nix ./staging.nix ];
      systems = [ ];
    };
}
