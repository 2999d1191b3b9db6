{
  description = "inventory.nix of 20 hosts, each owned by one team; one group per team (6), targets are the team's hosts, admins the team's members from teams.nix, a shared group whose targets are every host";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inv = import ./inventory.nix;
        teams = import ./teams.nix;
        hostsOf = team: lib.sort (a: b: a < b) (lib.attrNames (lib.filterAttrs (_: h: h.team == team) inv));
        asTarget = h: { name = h; age = inv.${h}.ssh; };
        mkTeam = team: members: {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) members;
          recipients.targets = map asTarget (hostsOf team);
          secret.team-env.targets = [ "*" ];
          secret.datadog-api-key.targets = [ "*" ];
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.mapAttrs mkTeam teams // {
          shared = {
            recipients.admins = [ { name = "security"; pgp = "B5A1C9E2D4F60718293A4B5C6D7E8F90A1B2C3D4"; } ];
            recipients.targets = map asTarget (lib.attrNames inv);
            secret.root-ca-bundle.targets = [ "*" ];
            secret.ldap-bind.targets = hostsOf "identity";
          };
        };
      });
}
