{
  description = "Layered defaults: a base module gives every secret targets = mkDefault [ \"*\" ] and the group a default directory; the group's module overrides with plain, mkForce and mkOverride definitions";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./base.nix ./prod.nix ./audit.nix ];
      systems = [ "x86_64-linux" ];
    };
}
