{
  description = "mistake: prod's own admins list replaces the mkDefault admins of common.nix, but a prod secret still names alice";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./common.nix ./prod.nix ];
      systems = [ "x86_64-linux" ];
    };
}
