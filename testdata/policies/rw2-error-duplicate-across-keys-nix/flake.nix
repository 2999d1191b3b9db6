{
  description = "Admins from keys.nix via mapAttrsToList, and a second module adds an on-call admin under a name keys.nix already has: duplicate name, reported on the second";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./admins.nix ./oncall.nix ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod.secret.token = { };
    });
}
