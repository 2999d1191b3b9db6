{
  description = "Each group is a file (flake.secrets.prod = ./groups/prod.nix); the group files import groups/common.nix, which holds the admins every environment shares";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.prod = ./groups/prod.nix;
      flake.secrets.staging = ./groups/staging.nix;
    };
}
