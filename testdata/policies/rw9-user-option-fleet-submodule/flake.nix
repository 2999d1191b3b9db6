{
  description = "a user option fleet.hosts (attrsOf submodule with name arg, enable via mkEnableOption defaulting to true, env enum with default, nullOr key) drives the targets; hosts without a key or disabled are skipped";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./fleet.nix ./hosts.nix ./secrets.nix ];
      systems = [ "x86_64-linux" ];
    };
}
