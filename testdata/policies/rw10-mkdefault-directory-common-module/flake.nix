{
  description = "common.nix gives every group a mkDefault directory under vault/<group> through a function of the group name; prod sets its own";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./common.nix ./groups.nix ];
      systems = [ "x86_64-linux" ];
    };
}
