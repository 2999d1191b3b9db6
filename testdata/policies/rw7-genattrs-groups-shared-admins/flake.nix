{
  description = "Five environments generated with lib.genAttrs sharing one let-bound admin list; per-environment targets from a nested attrset; one environment without targets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        admins = [ { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "bob"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; } { name = "kms-break-glass"; kms = "arn:aws:kms:eu-west-1:123456789012:alias/break-glass"; } ];
        envTargets = {
          dev = { dev-box = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; };
          test = { test-1 = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; test-2 = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; };
          staging = { stg = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; };
          prod = { prod-a = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; prod-b = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets = lib.genAttrs [ "dev" "test" "staging" "prod" "archive" ] (env:
          let ts = envTargets.${env} or { }; in {
            recipients.admins = admins;
            recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) ts;
            secret.app-secret.targets = builtins.attrNames ts;
            secret."${env}-db".targets = lib.take 1 (builtins.attrNames ts);
          });
      });
}
