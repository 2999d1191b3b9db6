{
  description = "A parts/ directory imported as a path (parts/default.nix imports secrets.nix), which starts with 'with lib;' and builds names with genAttrs/filter/head/singleton from lib's scope";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        ./parts
      ];
      systems = [ "x86_64-linux" ];
    };
}
