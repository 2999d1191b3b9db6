{
  description = "A policy that reads itself through config: shared admin lists, computed selections";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }:
      let
        prod = config.flake.secrets.prod;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = [
            { name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; }
            { name = "bob"; age = "age1mjsw77acel6hdzd3p3y6eq3wjyl4m4u83znfh4p4szt7a9jpe56st6ps74"; }
          ];
          recipients.targets = [
            { name = "web1"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; }
            { name = "web2"; age = "age1yflkun7n5n62c6a6p05t8ex9h4elal5xuf38lnq65fsyzmheevxqwm2w7y"; }
            { name = "db1"; age = "age1m2q7ythr3vw5f88elwvpx0zaafrvzh2q82qh95222ul0fzgsgszqj4mmh7"; }
          ];
          # Every host but the database.
          secret.sessionKey.targets = lib.remove "db1" (map (t: t.name) prod.recipients.targets);
          secret.dbPassword.targets = [ "db1" ];
        };

        # Staging is run by the same people.
        flake.secrets.staging = {
          recipients.admins = prod.recipients.admins;
          secret.sessionKey = { };
        };

        # Another output reading the computed values, as a deployment tool would.
        flake.secretFiles = lib.mapAttrs (_: s: s.file) prod.secret;
      });
}
