{
  description = "user option roles = attrsOf (listOf str) merged from two modules (lists concatenate per role); groups' admins are people with role admin, a secret's admins the role dba";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./roles.nix ./more-roles.nix ./policy.nix ];
      systems = [ "x86_64-linux" ];
    };
}
