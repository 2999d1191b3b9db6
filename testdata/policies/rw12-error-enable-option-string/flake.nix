{
  description = "mistake: hosts.nix sets infra.enableStaging to the string \"false\" instead of the boolean";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        ./modules/infra.nix
        ./modules/secrets.nix
        ./modules/hosts.nix
      ];
      systems = [ "x86_64-linux" ];
    };
}
