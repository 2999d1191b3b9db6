{
  description = "One secret's admins written twice in one attribute set";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [
          { name = "sre-lead"; age = "age10qrzmch82j2k8tjrxt2edga57qten7lsvg3383er8qs7tzacnv7qctt7zk"; }
          { name = "sre-oncall"; age = "age1fat9694nsqcfs68sk80au0y2uecza39l0fdp34j70fw5sk8d89eqwaseag"; }
        ];
        secret.s3-credentials.admins = lib.mkOverride 900 [ "sre-lead" ];
        secret.s3-credentials.targets = [ ];
        secret.s3-credentials.admins = lib.mkOverride 950 [ "sre-oncall" ];
      };
    });
}
