{
  description = "hosts/ inventory after web-02 was removed: its directory is gone but another module still pins a secret to it (enum error naming the remaining hosts)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./nix/secrets.nix ./nix/pinned.nix ];
      systems = [ "x86_64-linux" "aarch64-linux" ];
    };
}
