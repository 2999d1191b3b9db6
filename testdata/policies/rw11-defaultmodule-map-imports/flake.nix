{
  description = "imports mapped through flake-parts.lib.defaultModule, which turns the secrets-lsp flake into its default module and leaves paths alone";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = map flake-parts.lib.defaultModule [ inputs.secrets-lsp ./policy.nix ];
      systems = [ "x86_64-linux" ];
    };
}
