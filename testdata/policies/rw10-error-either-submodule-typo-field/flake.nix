{
  description = "mistake: a person set in the either str (submodule) people option uses gpg instead of pgp";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }:
      let
        inherit (lib) types mkOption;
        person = types.submodule {
          options.age = mkOption { type = types.listOf types.str; default = [ ]; };
          options.pgp = mkOption { type = types.listOf types.str; default = [ ]; };
        };
        asRecipient = name: v: if builtins.isString v then { inherit name; age = v; } else { inherit name; inherit (v) age pgp; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ./people.nix ];
        options.people = mkOption { type = types.attrsOf (types.either types.str person); default = { }; };
        config = {
          systems = [ "x86_64-linux" ];
          flake.secrets.office = {
            recipients.admins = lib.mapAttrsToList asRecipient config.people;
            secret.printer-admin = { };
            secret.door-codes.admins = [ "hanna" ];
          };
        };
      });
}
