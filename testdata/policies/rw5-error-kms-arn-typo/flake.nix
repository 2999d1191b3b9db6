{
  description = "A KMS ARN with a typo: 'arn:aws:kms:eu-west-1:12345678901:key/…' (11-digit account, a digit lost in copy-paste) on the second admin of a hybrid policy";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        account = "12345678901";
        kmsKey = id: "arn:aws:kms:eu-west-1:${account}:key/${id}";
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.payments = {
          recipients.admins = [
            { name = "recovery"; age = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; }
            { name = "aws-primary"; kms = kmsKey "0a1b2c3d-4e5f-6789-abcd-ef0123456789"; }
          ];
          secret.card-vault-key = { };
        };
      });
}
