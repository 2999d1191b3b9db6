{
  description = "common.nix gives every group mkDefault admins (alice, bob); prod defines its own admins plainly, so prod's admins are only oncall and sre (the defaults are dropped there) while dev keeps them";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./common.nix ./dev.nix ./prod.nix ];
      systems = [ "x86_64-linux" ];
    };
}
