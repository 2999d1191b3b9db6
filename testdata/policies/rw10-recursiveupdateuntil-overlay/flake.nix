{
  description = "environment overlay applied with lib.recursiveUpdateUntil stopping at each secret (an overlay secret replaces the base one whole rather than merging its fields)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        base = import ./base.nix;
        overlay = import ./prod-overlay.nix;
        stop = path: l: r: lib.length path == 2 && lib.head path == "secret";
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = {
          staging = base;
          prod = lib.recursiveUpdateUntil stop base overlay;
        };
      });
}
