{
  description = "One key spelled several ways: a PGP fingerprint in upper and lower case, an SSH key with and without comments, an age key in age and in key, a KMS ARN in kms and in key";

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
        recipients.admins = [
          { name = "ann"; pgp = "85D77543B3D624B63CEA9E6DBC17301B491B3F21"; age = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP23JQbtlwR1jqz2SdINe5vY9NLSZ8f7XhfNsbdSjqvj ann@laptop"; }
          { name = "ann-backup"; key = [ "85d77543b3d624b63cea9e6dbc17301b491b3f21" "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP23JQbtlwR1jqz2SdINe5vY9NLSZ8f7XhfNsbdSjqvj" ]; }
          { name = "ops"; age = "age17vcg2l3fpq7xgngzypne87rfax7vvhkwekd9wwm30497wzpn24zqse5262"; kms = "arn:aws:kms:eu-west-1:123456789012:alias/ops"; }
        ];
        recipients.targets = [
          { name = "web"; key = [ "age17vcg2l3fpq7xgngzypne87rfax7vvhkwekd9wwm30497wzpn24zqse5262" "arn:aws:kms:eu-west-1:123456789012:alias/ops" ]; }
          { name = "web-old"; age = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP23JQbtlwR1jqz2SdINe5vY9NLSZ8f7XhfNsbdSjqvj root@web" "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP23JQbtlwR1jqz2SdINe5vY9NLSZ8f7XhfNsbdSjqvj root@web" ]; }
        ];
        secret.all.targets = [ "*" ];
      };
    };
}
