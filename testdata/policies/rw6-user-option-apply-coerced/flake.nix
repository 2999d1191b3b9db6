{
  description = "User options with apply and coercedTo: admins given as a string or a list (coercedTo str singleton), host keys lower-cased by apply (a key pasted in capitals)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./site.nix ];
      options.site = {
        admins = lib.mkOption { type = lib.types.coercedTo lib.types.str lib.singleton (lib.types.listOf lib.types.str); default = [ ]; };
        hostKeys = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; apply = lib.mapAttrs (_: lib.toLower); };
      };
      config = {
        systems = [ ];
        flake.secrets.site = {
          recipients.admins = lib.imap1 (i: k: { name = "admin${toString i}"; age = k; }) config.site.admins;
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) config.site.hostKeys;
          secret.ldap.targets = [ "*" ];
        };
      };
    });
}
