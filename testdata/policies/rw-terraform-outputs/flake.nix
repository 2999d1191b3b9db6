{
  description = "Cloud keys from `terraform output -json` (value/type/sensitive wrappers) beside age keys for offline recovery: hybrid recipients";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        tf = lib.mapAttrs (_: output: output.value) (lib.importJSON ./terraform-outputs.json);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.cloud = {
          recipients.admins = [
            { name = "aws"; kms = [ tf.sops_kms_key_arn tf.sops_kms_dr_arn ]; age = "age1vajyr2l99j9kf0yews4hgynt8wuf73ayhl3tgk6xf5evqmdhaedscsux04"; }
            { name = "recovery"; age = "age1tx5maa7k4fzmz9huv3keln7m0c4x2ay4z3zw2u8s65xwrpq4cqzs7l0vd8"; pgp = "FB3F1A8C6D2E4B5A7C9D0E1F2A3B4C5D6E7F8A9B"; }
          ];
          recipients.targets =
            lib.mapAttrsToList (name: key: { name = "gcp-${name}"; gcpKms = key; }) tf.gcp_sops_keys
            ++ lib.mapAttrsToList (name: age: { inherit name age; }) tf.node_age_keys;
          secret = {
            warehouse-dsn.targets = [ "gcp-analytics" ];
            platform-token = { targets = [ "gcp-platform" "eks-node-a" "eks-node-b" ]; file = "k8s/platform-token.enc.json"; };
            break-glass = { admins = [ "recovery" ]; file = "secrets/cloud/break-glass.bin"; };
          };
        };
      });
}
