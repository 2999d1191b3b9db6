{
  description = "Team-owned secrets: teams.nix lists members and hosts per team; builtins.foldl' accumulates recipients (a person in two teams listed once with lib.unique), and each team's secrets are readable by its own members and hosts only";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        teams = import ./teams.nix;
        people = import ./people.nix;
        teamNames = builtins.attrNames teams;
        allMembers = lib.unique (builtins.foldl' (acc: t: acc ++ teams.${t}.members) [ ] teamNames);
        allHosts = builtins.foldl' (acc: t: acc // teams.${t}.hosts) { } teamNames;
        teamSecrets = builtins.foldl'
          (acc: t: acc // lib.genAttrs (map (s: "${t}-${s}") teams.${t}.secrets) (_: {
            admins = teams.${t}.members;
            targets = builtins.attrNames teams.${t}.hosts;
          }))
          { }
          teamNames;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.shared = {
          recipients.admins = map (n: { name = n; age = people.${n}; }) allMembers;
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) allHosts;
          secret = teamSecrets // {
            ldapBindPassword.targets = [ "*" ];
          };
        };
      });
}
