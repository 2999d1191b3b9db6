{
  description = "The team's option attrsOf str (host to key) given a list of keys: the whole definition is of the wrong type";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.hostKeys = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
      config = {
        systems = [ "x86_64-linux" ];
        hostKeys = [ "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; } ];
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) config.hostKeys;
          secret.tls.targets = [ "*" ];
        };
      };
    });
}
