{
  description = "mistake: a third gateway gw3 added to the targets, but not to the key table behind keyFor";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./lib-options.nix ./keys.nix ./secrets.nix ];
      systems = [ "x86_64-linux" ];
    };
}
