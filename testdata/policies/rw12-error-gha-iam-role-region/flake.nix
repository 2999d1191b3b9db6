{
  description = "mistake: the role ARN was written with a region (arn:aws:iam:us-east-2:...), but IAM ARNs have an empty region";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        account = "975318642000";
        kmsKey = "arn:aws:kms:us-east-2:${account}:key/mrk-0f0e0d0c0b0a09080706050403020100";
        repos = {
          api = { managers = [ "lin" ]; };
          web = { managers = [ "lin" "moe" ]; };
          infra = { managers = [ "moe" ]; };
          docs = { managers = [ ]; };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.ci = {
          recipients.admins = [
            { name = "lin"; age = "age15hycah4hy5ldfjqf5fa6aw88pfhvevcheyuchd6trv6advrt05eq54rgnw"; }
            { name = "moe"; age = "age1yswz7tpm5694j2njmtll4vllc2dn37e88zuj3dt8avagu29slceqqm20yc"; kms = kmsKey; }
          ];
          recipients.targets = lib.mapAttrsToList (repo: _: {
            name = "gha-${repo}";
            kms = "${kmsKey}+arn:aws:iam:us-east-2:${account}:role/github-actions/${repo}-deploy";
          }) repos;
          secret = lib.mapAttrs' (repo: cfg: lib.nameValuePair "${repo}-deploy" {
            admins = cfg.managers;
            targets = [ "gha-${repo}" ];
          }) repos // {
            npm-token.targets = [ "gha-web" "gha-docs" ];
          };
        };
      });
}
