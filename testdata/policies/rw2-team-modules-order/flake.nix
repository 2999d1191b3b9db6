{
  description = "One group assembled by five modules: people, an on-call module under mkBefore that imports a pager module under mkOrder 700, machines with mkMerge and mkIf, the root admin under mkAfter; staging reuses prod's admins read from config minus the pager, plus CI";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./people.nix ./oncall.nix ./machines ./staging.nix ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod.recipients.admins = lib.mkAfter [
        { name = "root"; age = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; }
      ];
      flake.secrets.prod.secret.db-root = { admins = [ "root" "alice" ]; };
    });
}
