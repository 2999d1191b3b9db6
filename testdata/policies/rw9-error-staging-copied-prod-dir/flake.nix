{
  description = "mistake: staging's group was copied from prod including directory = \"secrets/prod\"; both groups have a secret db, so the files collide";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./prod.nix ./staging.nix ];
      systems = [ "x86_64-linux" ];
    };
}
