{
  description = "Every backend a platform team mixes: key short forms inferred (age, SSH, 40/64-digit PGP, KMS with role, GCP, Azure with version, Vault over http with a port), typed fields beside key entries on one recipient, one KMS key shared by two recipients (one rule line, both owners)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        kms = {
          primary = "arn:aws:kms:eu-central-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab";
          withRole = "arn:aws:kms:eu-central-1:123456789012:alias/sops+arn:aws:iam::123456789012:role/sops-decrypt";
          gov = "arn:aws-us-gov:kms:us-gov-west-1:210987654321:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789";
        };
        gcp = "projects/acme-prod-123/locations/europe-west1/keyRings/sops/cryptoKeys/prod";
        azure = "https://acme-kv.vault.azure.net/keys/sops-key/0123456789abcdef0123456789abcdef";
        vault = "http://127.0.0.1:8200/v1/sops/keys/prod";
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = [
            { name = "sec-team"; key = [ "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe" "3CEA9E6DBC17301B491B3F2185D77543B3D624B63CEA9E6DBC17301B491B3F21" ]; }
            { name = "ci"; kms = kms.withRole; key = kms.primary; }
            { name = "breakglass"; age = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; pgp = "0123456789abcdef0123456789ABCDEF01234567"; key = [ gcp ]; }
          ];
          recipients.targets = [
            { name = "eks"; key = kms.primary; }
            { name = "gke"; gcpKms = gcp; }
            { name = "aks"; key = azure; azureKeyvault = "https://acme-kv.vault.azure.net/keys/backup"; }
            { name = "nomad"; key = [ vault "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop" ]; }
            { name = "govcloud"; kms = [ kms.gov ]; }
          ];
          secret = {
            everything.targets = [ "*" ];
            eks-only = { admins = [ "ci" ]; targets = [ "eks" ]; };
            multi = { admins = [ ]; targets = [ "gke" "aks" "nomad" ]; };
            gov.targets = [ "govcloud" ];
          };
        };
      });
}
