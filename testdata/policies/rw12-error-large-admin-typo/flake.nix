{
  description = "mistake: pg-replication narrows its admins to \"dba-oncal\" (one l) in the 30-host fleet";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = import ./hosts.nix;
        people = import ./people.nix;
        owners = {
          web = [ "ana" "ben" ];
          db = [ "dba-oncall" "cyr" ];
          cache = [ "ben" ];
          monitoring = [ "dot" ];
          ci = [ "eve" "ana" ];
          backup = [ "cyr" ];
          mail = [ "fay" ];
          vpn = [ "gus" "dot" ];
        };
        runs = svc: lib.attrNames (lib.filterAttrs (_: h: lib.elem svc h.services) hosts);
        inRegion = region: names: lib.filter (n: hosts.${n}.region == region) names;
        person = name: { inherit name; age = people.${name}; };
        mkService = svc: admins: {
          recipients.admins = map person (admins ++ [ "oncall" ]);
          recipients.targets = map (n: { name = n; age = hosts.${n}.key; }) (runs svc);
          secret = {
            "${svc}-env".targets = [ "*" ];
          } // lib.genAttrs [ "fra" "ams" "nyc" ] (region: {
            targets = inRegion region (runs svc);
            admins = [ "oncall" ];
            file = "secrets/${svc}/regional/${region}.yaml";
          });
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.mapAttrs mkService owners // {
          db = lib.recursiveUpdate (mkService "db" owners.db) {
            secret.pg-replication = { admins = [ "dba-oncal" ]; targets = runs "db"; };
          };
        };
      });
}
