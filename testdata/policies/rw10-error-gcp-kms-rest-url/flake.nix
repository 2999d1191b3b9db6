{
  description = "mistake: a GCP KMS key pasted as its REST URL (https://cloudkms.googleapis.com/v1/projects/...) into key: read as a Vault transit address";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        az = vault: suffix: name: "https://${vault}.${suffix}/keys/${name}";
        vt = ns: "https://vault.corp.example:8200/v1/${ns}/transit/keys/sops";
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.regulated = {
          recipients.admins = [
            { name = "az-gov"; azureKeyvault = az "kv-gov-sops" "vault.usgovcloudapi.net" "sops"; }
            { name = "az-cn"; azureKeyvault = "${az "kv-cn-sops" "vault.azure.cn" "sops"}/6d1f0a7b9c2e4f3a8b5d7e9f1a2b3c4d"; }
            { name = "hsm"; key = az "contoso-hsm" "managedhsm.azure.net" "sops-rsa"; }
            { name = "gcp"; key = "https://cloudkms.googleapis.com/v1/projects/acme/locations/global/keyRings/sops/cryptoKeys/main"; }
          ];
          recipients.targets = [
            { name = "vault-team-a"; hcVaultTransit = vt "admin/team-a"; }
            { name = "vault-team-b"; key = vt "admin/team-b"; }
          ];
          secret.hipaa-db.targets = [ "vault-team-a" ];
          secret.pci-tokenizer = { admins = [ "hsm" ]; targets = [ "vault-team-b" ]; };
        };
      });
}
