{
  description = "team files each define an attribute set of people; lib.mergeAttrsList joins them, later teams win on a clash (a person who moved teams)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        people = lib.mergeAttrsList (map import [ ./teams/backend.nix ./teams/frontend.nix ./teams/sre.nix ]);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.product = {
          recipients.admins = lib.mapAttrsToList (name: p: { inherit name; age = p.key; }) (lib.filterAttrs (_: p: p.team == "sre") people);
          recipients.targets = lib.mapAttrsToList (name: p: { inherit name; age = p.key; }) (lib.filterAttrs (_: p: p.team != "sre") people);
          secret.sentry-dsn.targets = [ "*" ];
          secret.db-readonly.targets = lib.attrNames (lib.filterAttrs (_: p: p.team == "backend") people);
        };
      });
}
