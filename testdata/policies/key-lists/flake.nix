{
  description = "Key lists built with ++, lib.optional and a string or a list";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-linux" ];

      flake.secrets.prod = let
        yubikeys = [ "age1yubikey1qff0yfn95cxp955frpwe2rhgsymqj9n0dvgn69udds8a8yql7gu6zkz0awa" "age1yubikey1qwsftus0jw2k2r8e8q9cakezff4jfzs7jf8gl59w9cdffy4rxp03s6jtgx0" ];
        withPaperBackup = true;
      in {
        recipients.admins = [
          {
            name = "alice";
            age = yubikeys ++ (if withPaperBackup then [ "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv" ] else [ ]);
          }
          { name = "bob"; age = "age1mjsw77acel6hdzd3p3y6eq3wjyl4m4u83znfh4p4szt7a9jpe56st6ps74"; key = [ ]; }
          { name = "carol"; key = [ "age1x83r3k0whvdrlj6lre3dn4w4qw0lf7fankx5kl6y8fka7mhd6gvsdg9x5q" "85D77543B3D624B63CEA9E6DBC17301B491B3F21" ]; }
        ];
        secret.rootToken = { };
      };
    };
}
