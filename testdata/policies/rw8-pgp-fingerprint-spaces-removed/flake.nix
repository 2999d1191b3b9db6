{
  description = "PGP fingerprints pasted as gpg prints them (groups of four with spaces), cleaned with builtins.replaceStrings; lowercase fingerprint via lib.toLower";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        fp = s: lib.toLower (builtins.replaceStrings [ " " ] [ "" ] s);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.legacy = {
          recipients.admins = [
            { name = "alice"; pgp = fp "3AA5 C343 7156 7BD2 B6E1  A3F1 DEAD BEEF 0011 2233"; }
            { name = "bob"; key = [ (fp "1111 2222 3333 4444 5555  6666 7777 8888 9999 0000") "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy" ]; }
          ];
          secret.ldap-bind = { };
        };
      });
}
