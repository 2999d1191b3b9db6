{
  description = "mistake: keys.toml records when each key was rotated (rotated = 2024-03-01, a TOML date); Nix 2.8 fromTOML rejects dates and times";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let t = builtins.fromTOML (builtins.readFile ./keys.toml); in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = lib.mapAttrsToList (name: v: { inherit name; inherit (v) age; }) t.admins;
          secret.api = { };
        };
      });
}
