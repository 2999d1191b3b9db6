{
  description = "the repo exports its helpers as flake.lib (lib/default.nix) so that other repos can reuse them; the policy module calls them through config.flake.lib";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        ./lib
        ./policy.nix
      ];
      systems = [ "x86_64-linux" ];
    };
}
