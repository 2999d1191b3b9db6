{
  description = "A helpers module sets _module.args.fleet (host records from fleet.toml) and _module.args.mkTargets; the policy module takes them as module arguments";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./helpers.nix ./policy.nix ];
      systems = [ ];
    };
}
