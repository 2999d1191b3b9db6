{
  description = "An audit module replaces the admins with lib.mkForce, dropping the ops-bot KMS admin that secrets in the base module still select";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./modules/base.nix ./modules/audit.nix ];
      systems = [ ];
    };
}
