{
  description = "modules/secrets/default.nix imports one file per environment and sets every group's directory with mkDefault through genAttrs; prod overrides it; admins shared from admins.nix";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./modules/secrets ];
      systems = [ "x86_64-linux" ];
    };
}
