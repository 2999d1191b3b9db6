{
  description = "modules/ imported as a directory (default.nix); defaults.nix gives mkDefault directory/admins/targets, a site module overrides them with plain definitions and mkForce, another with mkOverride 60; the plain targets list beside mkDefault ["*"] wins";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./modules ];
      systems = [ ];
    };
}
