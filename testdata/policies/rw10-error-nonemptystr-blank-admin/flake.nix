{
  description = "mistake: security.secretAdmins (listOf nonEmptyStr) holds an empty string left from a removed person";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }:
      let people = import ./people.nix; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        options.security.secretAdmins = lib.mkOption {
          type = lib.types.uniq (lib.types.listOf lib.types.nonEmptyStr);
          description = "mistake: security.secretAdmins (listOf nonEmptyStr) holds an empty string left from a removed person";
        };
        config = {
          systems = [ "x86_64-linux" ];
          security.secretAdmins = [ "maria" "" "tobias" ];
          flake.secrets.infra = {
            recipients.admins = map (n: { name = n; age = people.${n}; }) config.security.secretAdmins;
            secret.cloudflare-token = { };
            secret.backup-passphrase = { };
          };
        };
      });
}
