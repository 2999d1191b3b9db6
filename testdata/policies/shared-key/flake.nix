{
  description = "One key under two names, and one person in both lists: each key is written once";

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
        aliceKey = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv";
      in {
        recipients.admins = [
          { name = "alice"; age = aliceKey; }
          { name = "bob"; age = "age1mjsw77acel6hdzd3p3y6eq3wjyl4m4u83znfh4p4szt7a9jpe56st6ps74"; }
        ];
        recipients.targets = [
          # alice also runs a box that decrypts with her key (the analysis warns).
          { name = "alice-box"; age = aliceKey; }
          { name = "alice"; age = aliceKey; }
          { name = "web1"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; }
        ];
        secret.homelabToken.targets = [ "*" ];
        secret.bobOnly = {
          admins = [ "bob" ];
          targets = [ "alice" ];
        };
      };
    };
}
