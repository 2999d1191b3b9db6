{
  description = "Every .nix file of groups/ imported, found with builtins.readDir and lib.hasSuffix";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ]
        ++ map (file: ./groups + "/${file}")
          (lib.filter (lib.hasSuffix ".nix") (lib.attrNames (builtins.readDir ./groups)));
      systems = [ "x86_64-linux" ];
    });
}
