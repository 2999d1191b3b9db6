{
  description = "CI recipient with one AWS KMS alias per region built from a region->account map, plus an assumed role on one; GCP KMS break-glass in a domain-scoped project; Azure Key Vault with a version; Vault transit on a port with a nested engine path";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        accounts = { eu-west-1 = "111122223333"; us-east-1 = "444455556666"; };
        regionKeys = lib.mapAttrsToList (region: acct: "arn:aws:kms:${region}:${acct}:alias/sops/prod") accounts;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [
            { name = "github-actions"; kms = regionKeys ++ [ "arn:aws:kms:eu-west-1:111122223333:key/0b1c2d3e-aaaa-bbbb-cccc-1234567890ab+arn:aws:iam::111122223333:role/sops-decrypt" ]; }
            { name = "break-glass"; gcpKms = "projects/example.com:sec-prod/locations/global/keyRings/sops/cryptoKeys/break-glass"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
          ];
          recipients.targets = [
            { name = "aks"; azureKeyvault = "https://prod-kv.vault.azure.net/keys/sops-aks/0123456789abcdef0123456789abcdef"; }
            { name = "nomad"; hcVaultTransit = "https://vault.internal:8200/v1/transit/prod/keys/nomad"; }
          ];
          secret.stripe.targets = [ "aks" ];
          secret.consul-gossip.targets = [ "nomad" ];
          secret.terraform-state = { admins = [ "github-actions" ]; };
        };
      });
}
