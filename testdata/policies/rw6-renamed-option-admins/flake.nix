{
  description = "The team option was renamed with lib.mkRenamedOptionModule (team.people -> team.members) and people.nix still sets the old name; the admins come from the new one";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        (lib.mkRenamedOptionModule [ "team" "people" ] [ "team" "members" ])
        ./people.nix
      ];
      options.team.members = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
      config = {
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) config.team.members;
          recipients.targets = [ { name = "web"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
          secret.session-key.targets = [ "web" ];
          secret.root-password = { };
        };
      };
    });
}
