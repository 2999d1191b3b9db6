{
  description = "mistake: db.nix also sets recipients from keys.nix, so every recipient is defined twice (lists concatenate)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./secrets/web.nix ./secrets/db.nix ];
      systems = [ "x86_64-linux" ];
    };
}
