{
  description = "mistake: in the monorepo policy a service owner is misspelled (dev-dimitri); the owner is not added as an admin (filtered by people.devs ? name) but the service secrets still name it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./nix/secrets ];
      systems = [ "x86_64-linux" "aarch64-darwin" ];
    };
}
