{
  description = "A flake that also exports nixosModules, a nixosConfigurations-like attribute set of host metadata derived from config.flake.secrets, and perSystem apps/checks reading the policy; the policy is a plain module in the same mkFlake body; inputs.flake-parts.flakeModules.flakeModules is imported too";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, self, ... }:
      let
        prod = config.flake.secrets.prod;
      in
      {
        imports = [
          inputs.secrets-lsp.flakeModules.default
          inputs.flake-parts.flakeModules.flakeModules
        ];
        systems = [ "x86_64-linux" ];
        flake.nixosModules.sops = ./nixos/sops.nix;
        flake.flakeModules.policy = { flake.secrets.prod.recipients.admins = prod.recipients.admins; };
        flake.hostSecrets = lib.mapAttrs (_: s: s.file) prod.secret;
        flake.secrets.prod = {
          recipients.admins = [ { name = "lead"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } { name = "vault-kms"; kms = "arn:aws:kms:us-east-1:123456789012:key/6f1c9a2e-0b7d-4d2e-9f0a-1b2c3d4e5f60"; } ];
          recipients.targets = [ { name = "app1"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"; } { name = "app2"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop"; } ];
          secret.app.targets = [ "*" ];
          secret.app-migrations = { admins = [ "lead" ]; targets = [ "app1" ]; };
        };
        perSystem = { system, ... }: {
          checks.secrets-files = builtins.toFile "files-${system}" (lib.concatStringsSep "\n" (lib.attrValues self.hostSecrets));
        };
      });
}
