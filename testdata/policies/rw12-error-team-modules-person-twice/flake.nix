{
  description = "mistake: be-2 moved to the data team and was added to data.nix but not removed from backend.nix (duplicate admin)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        ./teams/sre.nix
        ./teams/backend.nix
        ./teams/data.nix
      ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod = {
        recipients.admins = [ { name = "cto"; pgp = "E1D2C3B4A5968778695A4B3C2D1E0F1A2B3C4D5E"; } ];
        secret.shared-db.targets = [ "api-1" "etl-1" ];
        secret.sentry-dsn.targets = [ "*" ];
      };
    };
}
