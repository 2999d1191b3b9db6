{
  description = "outputs imported from nix/outputs.nix, where mkFlake's result is merged with other outputs using //";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs: import ./nix/outputs.nix inputs;
}
