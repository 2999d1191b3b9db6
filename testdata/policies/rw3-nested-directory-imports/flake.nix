{
  description = "Directories imported as modules, three levels deep: flake.nix imports ./parts, parts/default.nix imports ./secrets (a directory), which imports its groups and a common/ directory; each file reads keys relative to itself";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./parts ];
    };
}
