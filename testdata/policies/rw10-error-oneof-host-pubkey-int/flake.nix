{
  description = "mistake: a host pubkey written as a set { age = ...; } where the team option is oneOf [ str (listOf str) ]";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./modules/hosts.nix ./modules/fleet.nix ./modules/secrets.nix ];
      systems = [ "x86_64-linux" ];
    };
}
