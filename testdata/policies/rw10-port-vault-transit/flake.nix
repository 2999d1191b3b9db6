{
  description = "Vault transit address built from options vault.host (str) and vault.port (types.port) with toString; mkDefault port overridden in prod.nix";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./vault.nix ./prod.nix ];
      systems = [ "x86_64-linux" ];
    };
}
