{
  description = "Selection order and repetition do not matter: declaration order wins";

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
          { name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; }
          { name = "bob"; age = "age1mjsw77acel6hdzd3p3y6eq3wjyl4m4u83znfh4p4szt7a9jpe56st6ps74"; }
          { name = "carol"; age = "age1x83r3k0whvdrlj6lre3dn4w4qw0lf7fankx5kl6y8fka7mhd6gvsdg9x5q"; }
        ];
        recipients.targets = [
          { name = "web1"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; }
          { name = "web2"; age = "age1yflkun7n5n62c6a6p05t8ex9h4elal5xuf38lnq65fsyzmheevxqwm2w7y"; }
          { name = "web3"; age = "age1qajplxhhmkygvnws4tfrrqk9tn5ty0wv5ajc9xuscd9dae73495q6vcxgz"; }
        ];
        secret.cookieKey = {
          admins = [ "carol" "alice" "carol" ];
          targets = [ "web3" "web1" "web1" ];
        };
      };
    };
}
