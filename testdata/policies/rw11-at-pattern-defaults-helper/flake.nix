{
  description = "a helper with an @-pattern and defaults: mkPerson = { name, age ? null, pgp ? null, ... }@args; keys only when set, extra attributes (email) ignored via args ? checks";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        mkPerson = { name, age ? null, pgp ? null, ... }@args:
          { inherit name; }
          // lib.optionalAttrs (age != null) { inherit age; }
          // lib.optionalAttrs (pgp != null) { inherit pgp; }
          // lib.optionalAttrs (args ? kms) { inherit (args) kms; };
        people = map mkPerson (import ./people.nix);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.org = {
          recipients.admins = people;
          secret.saml-signing = { };
          secret.hr-export.admins = [ "dana" ];
        };
      });
}
