{
  description = "Key files read through self: \"\${self}/keys/…\" interpolation, self + \"/keys/…\", and inputs.self.outPath; the module receives self as a module argument";

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
