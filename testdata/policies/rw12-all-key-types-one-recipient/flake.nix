{
  description = "the security team keeps one recipient with a key of every kind in one key list (age, SSH, PGP, AWS KMS, GCP KMS, Azure, Vault), types inferred; services use typed fields";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.security = {
        recipients.admins = [
          {
            name = "secteam";
            key = [
              "https://vault.sec.example/v1/transit/keys/secteam"
              "https://sec-kv.vault.azure.net/keys/secteam"
              "projects/sec-core/locations/global/keyRings/team/cryptoKeys/secteam"
              "arn:aws:kms:eu-north-1:112233445566:alias/secteam"
              "D4C3B2A1F0E9D8C7B6A5F4E3D2C1B0A9F8E7D6C5"
              "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop"
              "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"
            ];
          }
        ];
        recipients.targets = [
          { name = "siem"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; hcVaultTransit = "https://vault.sec.example/v1/transit/keys/siem"; }
          { name = "edr"; azureKeyvault = "https://sec-kv.vault.azure.net/keys/edr/0123456789abcdef0123456789abcdef"; }
        ];
        secret.siem-ingest.targets = [ "siem" ];
        secret.edr-license.targets = [ "edr" ];
        secret.incident-runbook = { };
      };
    };
}
