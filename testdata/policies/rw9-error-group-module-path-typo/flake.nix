{
  description = "mistake: flake.secrets.prod = ./groups/prod.nix (a group module file) whose secret selects db-1 while the target is db1";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod = ./groups/prod.nix;
      flake.secrets.dev = ./groups/dev.nix;
    };
}
