{
  description = "mistake: keys.toml holds an age key pasted in upper case";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = builtins.fromTOML (builtins.readFile ./keys.toml);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = lib.mapAttrsToList (name: v: { inherit name; age = v.age; }) keys.admins;
          secret.api = { };
        };
      });
}
