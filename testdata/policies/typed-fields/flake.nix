{
  description = "Every typed key field, as a string or a list, and their order in the rule";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [
          # Fields are listed age, pgp, kms, gcpKms, azureKeyvault, hcVaultTransit, then key.
          {
            name = "everything";
            key = [ "age1x83r3k0whvdrlj6lre3dn4w4qw0lf7fankx5kl6y8fka7mhd6gvsdg9x5q" ];
            hcVaultTransit = "https://vault.acme.internal/v1/transit/keys/prod";
            azureKeyvault = "https://acme.vault.azure.net/keys/sops/0123456789abcdef0123456789abcdef";
            gcpKms = "projects/acme/locations/europe-west1/keyRings/sops/cryptoKeys/prod";
            kms = [
              "arn:aws:kms:eu-west-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
              "arn:aws-cn:kms:cn-north-1:444455556666:key/abcd1234-a123-456a-a12b-a123b4cd56ef"
            ];
            pgp = "85D77543B3D624B63CEA9E6DBC17301B491B3F21";
            age = [ "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv" "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINGVxRW/3+CuZeE8ZdHszAI4fv0lAP2bJLHomaGIGyMJ alice@example.com" ];
          }
          { name = "gov"; kms = "arn:aws-us-gov:kms:us-gov-west-1:777788889999:alias/sops"; }
        ];
        recipients.targets = [
          { name = "web1"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; pgp = [ ]; }
        ];
        secret.config.targets = [ "web1" ];
      };
    };
}
