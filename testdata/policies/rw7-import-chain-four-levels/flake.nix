{
  description = "flake.nix imports nix/default.nix -> nix/secrets/default.nix -> groups/prod.nix and groups/dev.nix, which both import ../people.nix (imported twice, counted once) that sets _module.args.people";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./nix ];
      systems = [ ];
    };
}
