{
  description = "Every key type on hybrid recipients: KMS with an assumed role and a multi-region alias, GCP KMS, Azure Key Vault with and without a version, Vault transit over http on localhost:8200 with a nested engine path, a 64-digit PGP fingerprint and an all-decimal one (quoted in YAML)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.payments = {
        recipients.admins = [
          { name = "aws-primary"; kms = [ "arn:aws:kms:eu-west-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab+arn:aws:iam::123456789012:role/sops-admin" "arn:aws-us-gov:kms:us-gov-west-1:123456789012:alias/payments/sops" ]; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
          { name = "gcp"; gcpKms = "projects/pay-prod-4411/locations/global/keyRings/sops/cryptoKeys/payments"; }
          { name = "security"; pgp = [ "0123456789012345678901234567890123456789" "A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90" ]; }
        ];
        recipients.targets = [
          { name = "azure-app"; azureKeyvault = [ "https://pay-kv.vault.azure.net/keys/sops" "https://pay-kv-dr.vault.azure.net/keys/sops/0f1e2d3c4b5a69788796a5b4c3d2e1f0" ]; }
          { name = "vault-local"; hcVaultTransit = "http://127.0.0.1:8200/v1/teams/payments/transit/keys/sops"; }
          { name = "mixed"; key = [ "https://vault.internal:8200/v1/transit/keys/pay" "https://kv2.vault.azure.net/keys/pay" "projects/p/locations/l/keyRings/r/cryptoKeys/k" "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz" ]; }
        ];
        secret.card-vault-token.targets = [ "vault-local" "mixed" ];
        secret.psp-api-key.targets = [ "azure-app" ];
        secret.reconciliation = { admins = [ "security" ]; targets = [ "*" ]; };
      };
    };
}
