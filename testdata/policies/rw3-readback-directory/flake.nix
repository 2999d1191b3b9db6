{
  description = "A backup group derived from prod by another module: its directory nested under prod's (config.flake.secrets.prod.directory), one secret per prod secret with a -backup suffix (mapAttrs'), admins filtered from prod's by a lib.strings test; and an extra flake output listing prod's files";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./prod.nix ./backup.nix ];
      systems = [ ];
    };
}
