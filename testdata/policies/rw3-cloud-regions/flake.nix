{
  description = "A multi-cloud platform: KMS keys for every region built with map and interpolation (one role to assume), GCP keys per project, an Azure key per environment with and without a version, Vault transit per datacenter, and a break-glass PGP fingerprint lowercased with lib.toLower; age for offline recovery";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        account = "210987654321";
        regions = [ "eu-west-1" "eu-central-1" "us-east-2" ];
        kmsFor = alias: map (r: "arn:aws:kms:${r}:${account}:alias/${alias}+arn:aws:iam::${account}:role/sops-decrypt") regions;
        gcpFor = project: "projects/${project}/locations/europe-west4/keyRings/sops/cryptoKeys/${project}-key";
        azure = env: "https://kv-acme-${env}.vault.azure.net/keys/sops";
        vault = dc: "https://vault.${dc}.acme.internal:8200/v1/transit/keys/sops-${dc}";
        mkGroup = env: {
          recipients.admins = [
            { name = "aws-${env}"; kms = kmsFor "sops-${env}"; }
            { name = "gcp-${env}"; gcpKms = gcpFor "acme-${env}"; }
            { name = "azure-${env}"; azureKeyvault = [ (azure env) "${azure env}/4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99" ]; }
            { name = "break-glass"; pgp = lib.toLower "C0FFEE1234567890ABCDEF1234567890ABCDEF12"; age = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; }
          ];
          recipients.targets = [
            { name = "vault-fra"; hcVaultTransit = vault "fra"; }
            { name = "vault-iad"; key = vault "iad"; }
          ];
          secret.dbMaster.targets = [ "*" ];
          secret.ssoClientSecret = {
            admins = [ "aws-${env}" "break-glass" ];
            targets = [ "vault-fra" ];
          };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.genAttrs [ "prod" "dr" ] mkGroup;
      });
}
