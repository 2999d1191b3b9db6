{
  description = "The policy kept as data: imports = [ (lib.modules.importJSON ./policy.json) (lib.modules.importTOML ./hosts.toml) ], a JSON module for the groups and a TOML module adding targets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        (lib.modules.importJSON ./policy.json)
        (lib.modules.importTOML ./hosts.toml)
      ];
      systems = [ ];
    });
}
