{
  description = "mistake: two modules both use mkForce on prod's targets to override the base list, each adding web1; the forced lists are concatenated and web1 is a duplicate";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./base.nix ./web.nix ./db.nix ];
      systems = [ "x86_64-linux" ];
    };
}
