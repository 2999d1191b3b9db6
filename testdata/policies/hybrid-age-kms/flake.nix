{
  description = "Hybrid: KMS as the everyday key, age for offline recovery";

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
          # A YubiKey for daily use plus a paper backup: either one decrypts.
          { name = "alice"; age = [ "age1yubikey1qff0yfn95cxp955frpwe2rhgsymqj9n0dvgn69udds8a8yql7gu6zkz0awa" "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv" ]; }
          { name = "bob"; age = "age1mjsw77acel6hdzd3p3y6eq3wjyl4m4u83znfh4p4szt7a9jpe56st6ps74"; }
          # CI decrypts through KMS; the age key is the break-glass copy kept offline.
          {
            name = "ci";
            kms = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab+arn:aws:iam::111122223333:role/sops-ci";
            age = "age14awrtsvv3hu6n4wxq8w7pffk9gl4f89tartyxfhdjm284dfwq46setu2xw";
          }
        ];
        recipients.targets = [
          { name = "web1"; age = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFOX8h7xbYFjR4Srw86Nr7Q+JvLzvJHobsZDhZ2FXKGR deploy@example.com"; }
          { name = "db1"; age = "age1m2q7ythr3vw5f88elwvpx0zaafrvzh2q82qh95222ul0fzgsgszqj4mmh7"; kms = "arn:aws:kms:eu-west-1:111122223333:alias/db1"; }
        ];
        secret = {
          stripeKey.targets = [ "web1" ];
          dbPassword.targets = [ "web1" "db1" ];
          rootCA = {
            admins = [ "alice" "ci" ];
          };
        };
      };
    };
}
