{
  description = "users.nix keeps each user's keys newest last; age = lib.last u.keys, and a new hire's list is still empty";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let users = import ./users.nix; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.corp = {
          recipients.admins = lib.mapAttrsToList (name: u: { inherit name; age = lib.last u.keys; }) users;
          secret.wiki-token = { };
        };
      });
}
