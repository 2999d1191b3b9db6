{
  description = "a user option people = listOf (submodule { name, age, roles }) defined in three modules (one with mkBefore); admins are the people with role ops in merged order";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./people-option.nix ./people/core.nix ./people/oncall.nix ./policy.nix ];
      systems = [ "x86_64-linux" ];
    };
}
