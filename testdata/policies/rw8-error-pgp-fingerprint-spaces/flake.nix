{
  description = "mistake: a PGP fingerprint pasted as gpg prints it, with spaces";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.legacy = {
        recipients.admins = [ { name = "alice"; pgp = "3AA5 C343 7156 7BD2 B6E1  A3F1 DEAD BEEF 0011 2233"; } ];
        secret.ldap-bind = { };
      };
    };
}
