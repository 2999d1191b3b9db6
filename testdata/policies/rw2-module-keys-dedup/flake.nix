{
  description = "A shared team module built by a function and imported from two places as values carrying the same key attribute (the module system applies it once), next to a path module imported twice (also once)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        team = import ./team.nix;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default (team { }) ./platform.nix ./shared.nix ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod.secret.db = { };
      });
}
