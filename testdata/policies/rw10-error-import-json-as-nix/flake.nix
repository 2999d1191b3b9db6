{
  description = "mistake: keys.json is loaded with import (JSON objects are not Nix syntax: \"a\": is a parse error)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let keys = import ./keys.json; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.app = {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) keys;
          secret.token = { };
        };
      });
}
