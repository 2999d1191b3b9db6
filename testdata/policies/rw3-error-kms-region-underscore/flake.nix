{
  description = "A KMS ARN assembled from a Terraform-style region variable written with underscores (eu_west_1)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        aws = { account = "444455556666"; region = "eu_west_1"; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [
            { name = "nico"; age = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x"; }
            { name = "eks"; kms = "arn:aws:kms:${aws.region}:${aws.account}:alias/eks-sops"; }
          ];
          secret.rdsMaster = { };
        };
      });
}
