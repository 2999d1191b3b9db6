{
  description = "One group per environment x region from lib.mapCartesianProduct, listToAttrs'd; region-local KMS key per group built with a string template, a shared age break-glass admin, secrets selected by an env predicate (no prod-only secret outside prod)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        accounts = { prod = "444455556666"; staging = "777788889999"; };
        groups = lib.mapCartesianProduct ({ env, region }: lib.nameValuePair "${env}-${region}" {
          directory = "secrets/${env}/${region}";
          recipients.admins = [
            { name = "breakglass"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
            { name = "kms"; kms = "arn:aws:kms:${region}:${accounts.${env}}:alias/sops-${env}"; }
          ];
          recipients.targets = [ { name = "eks"; kms = "arn:aws:kms:${region}:${accounts.${env}}:alias/eks-${env}+arn:aws:iam::${accounts.${env}}:role/eks-sops-reader"; } ];
          secret = {
            db-password.targets = [ "eks" ];
          } // lib.optionalAttrs (env == "prod") {
            pci-tokenizer-key = { admins = [ "kms" ]; targets = [ "eks" ]; };
          };
        }) { env = [ "prod" "staging" ]; region = [ "eu-west-1" "us-east-2" ]; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets = lib.listToAttrs groups;
      });
}
