{
  description = "A module written with `with lib;`: lib.pipe over people.nix, filterAttrs on an active flag, namespaced lib functions (lib.attrsets, lib.lists, lib.strings), flatten and unique";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = { self, ... }@inputs:
    inputs.flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }@args:
      with lib;
      let
        people = import ./people.nix;
        active = filterAttrs (_: p: p.active) people;
        team = t: attrNames (filterAttrs (_: p: p.team == t) active);
        services = {
          airflow = { hosts = [ "etl-1" "etl-2" ]; teams = [ "data" ]; };
          vault = { hosts = [ "vault-a" ]; teams = [ "platform" "security" ]; };
          grafana = { hosts = [ "etl-1" "mon" ]; teams = [ "platform" "data" ]; };
        };
        hostKeys = {
          etl-1 = "age17dnktuh43c2lh89l38p3edl0ftfxxh0xw3djjntktfty2uv4vuyq225a93";
          etl-2 = "age1yh52lrj3c5y5ga405ud2n5hk8fhplgcex3f7e8uvjq37quc7hpnqekxyz8";
          vault-a = "age1eyj9j6dxfet84a0gs79uwm9hk559c8dhalmqwf8z9yvaqztdsyks3935f3";
          mon = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO4AoNIepswWkT5zUXQ2CnIdURqC/0yndWsWYtF6IMnY";
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.services = {
          recipients.admins = pipe active [
            (attrsets.mapAttrsToList (name: p: { inherit name; key = p.keys; }))
            (lists.sort (a: b: a.name > b.name))
          ];
          recipients.targets = pipe services [
            attrValues
            (map (s: s.hosts))
            flatten
            unique
            (map (h: { name = h; key = hostKeys.${h}; }))
          ];
          secret = mapAttrs (_: s: {
            targets = s.hosts;
            admins = concatMap team s.teams;
          }) services // {
            root-token.admins = lists.optionals (args ? lib) (team "security");
            root-token.targets = filter (strings.hasPrefix "vault") (attrNames hostKeys);
          };
        };
      });
}
