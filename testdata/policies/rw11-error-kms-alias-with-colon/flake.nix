{
  description = "mistake: a KMS alias named with a colon (alias/sops:prod); aliases allow only letters, digits, / _ -";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod = {
        recipients.admins = [ { name = "aws"; kms = "arn:aws:kms:eu-central-1:123456789012:alias/sops:prod"; } { name = "break-glass"; age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; } ];
        secret.rds-master = { };
      };
    };
}
