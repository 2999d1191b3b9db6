{
  description = "users.nix has pgp = null for users without a GPG key; the mapping passes u.pgp straight to the pgp field";

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
          recipients.admins = lib.mapAttrsToList (name: u: { inherit name; inherit (u) age pgp; }) users;
          secret.vpn-ca = { };
        };
      });
}
