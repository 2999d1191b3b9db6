{
  description = "An admin renamed in admins.nix (jdoe -> john.doe) while a secret in secrets/billing.nix still selects the old name";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./secrets/billing.nix ];
      systems = [ ];
      flake.secrets.billing.recipients.admins = import ./admins.nix;
    };
}
