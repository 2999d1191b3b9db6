{
  description = "an inline module with key = \"admins\" is imported from two team files; the module system keeps it once (no duplicate admins)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./team-a.nix ./team-b.nix ];
      systems = [ "x86_64-linux" ];
    };
}
