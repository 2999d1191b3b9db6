{
  description = "inventory option of type attrsOf anything, defined per host in hosts/*.nix (nested sets merged across files); targets and per-role secrets come from it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./inventory.nix ./hosts/alpha.nix ./hosts/beta.nix ./hosts/common.nix ./policy.nix ];
      systems = [ "x86_64-linux" ];
    };
}
