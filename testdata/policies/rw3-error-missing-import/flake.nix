{
  description = "The flake imports a staging module that was never committed (the file exists only on the author's machine)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        ./secrets/prod.nix
        ./secrets/staging.nix
      ];
      systems = [ "x86_64-linux" ];
    };
}
