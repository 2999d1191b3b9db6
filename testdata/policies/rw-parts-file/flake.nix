{
  description = "mkFlake given a path (parts/default.nix); groups and secrets with dots in their names; files whose regex needs escaping (+, dots) and other formats";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs: inputs.flake-parts.lib.mkFlake { inherit inputs; } ./parts;
}
