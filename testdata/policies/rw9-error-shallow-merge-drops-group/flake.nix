{
  description = "mistake: policy.nix builds groups with genAttrs and then adds a prod secret with // { prod.secret… }: the shallow merge replaces the whole prod group, which has no targets left";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./hosts-option.nix ./hosts.nix ./policy.nix ];
      systems = [ "x86_64-linux" ];
    };
}
