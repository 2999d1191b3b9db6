{
  description = "keys.json where one admin's age key was pasted with a trailing space (typed field age)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let keys = lib.importJSON ./keys.json; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.ci = {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) keys.admins;
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) keys.hosts;
          secret.cachix-token.targets = [ "runner-a" ];
        };
      });
}
