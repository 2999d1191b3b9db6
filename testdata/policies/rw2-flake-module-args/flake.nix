{
  description = "The usual flake-parts layout: flake.nix only imports ./nix/secrets.nix, which takes the inputs and self module arguments flake-parts provides, imports the secrets-lsp module itself, and reads key files through self";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ ./nix/secrets.nix ];
      systems = [ "x86_64-linux" "aarch64-darwin" ];
    };
}
