{
  description = "inherit (import ./keys.nix) alice bob carol; carol left and was removed from keys.nix, but not from the inherit";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } (
      let inherit (import ./keys.nix) alice bob carol; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod.recipients.admins = [ alice bob carol ];
        flake.secrets.prod.secret.token = { };
      });
}
