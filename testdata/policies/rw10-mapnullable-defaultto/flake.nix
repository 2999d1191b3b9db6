{
  description = "people records with optional yubikey (null when absent): lib.mapNullable wraps it, lib.defaultTo supplies a group directory, lib.optional drops nulls";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        people = import ./people.nix;
        toRecipient = p: {
          inherit (p) name;
          age = [ p.age ] ++ lib.optional (p.yubikey != null) p.yubikey;
          pgp = lib.defaultTo [ ] (lib.mapNullable lib.toList p.gpg);
        };
        settings = { directory = null; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.finance = {
          directory = lib.defaultTo "vault/finance" settings.directory;
          recipients.admins = map toRecipient people;
          secret.bank-api = { };
          secret.payroll-db.admins = [ "ines" ];
        };
      });
}
