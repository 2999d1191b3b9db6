{
  description = "mkDefault, mkForce, mkIf, mkMerge and mkAfter where a team would use them";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        ./policy.nix
        ./overrides.nix
      ];
      systems = [ "x86_64-linux" ];
    };
}
