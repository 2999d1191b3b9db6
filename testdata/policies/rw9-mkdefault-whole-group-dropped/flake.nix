{
  description = "a base module gives the dev group as a whole with lib.mkDefault; a dev.nix module defines dev too, so the whole mkDefault definition of dev (its admins and secrets) is dropped";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./base.nix ./dev.nix ];
      systems = [ "x86_64-linux" ];
    };
}
