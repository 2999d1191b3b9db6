{
  description = "keys.nix in the agenix secrets.nix style (users and systems as let-bound names), pulled in with inherit (import ./keys.nix) and inherit (users) …, a rec attribute set of groups of names, with hosts; for lists";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./secrets.nix ];
      systems = [ "x86_64-linux" ];
    };
}
