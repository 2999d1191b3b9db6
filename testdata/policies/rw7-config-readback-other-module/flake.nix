{
  description = "modules/staging.nix builds its group from config.flake.secrets.prod: same admins, targets renamed with a -stg suffix, and one secret per prod secret name";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./modules/prod.nix ./modules/staging.nix ];
      systems = [ ];
    };
}
