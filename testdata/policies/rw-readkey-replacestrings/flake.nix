{
  description = "SSH keys read with builtins.replaceStrings over builtins.readFile, interpolated into strings, from a module in nix/ reaching ../keys";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./nix/secrets.nix ];
      systems = [ "x86_64-linux" ];
    };
}
