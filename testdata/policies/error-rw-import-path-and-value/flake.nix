{
  description = "common.nix imported as a path by flake.nix and teams/db.nix (once, however the path is written) but as import ../common.nix by teams/web.nix: a value has no key, so its admin is declared twice";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./common.nix ./teams/web.nix ./teams/db.nix ];
      systems = [ "x86_64-linux" ];


    };
}
