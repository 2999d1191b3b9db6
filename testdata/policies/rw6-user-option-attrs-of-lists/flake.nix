{
  description = "A user option keysOf : attrsOf (listOf str) defined by several modules; each person's key list is the concatenation over modules (a laptop key and a YubiKey backup from different files)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./laptops.nix ./backups.nix ];
      options.keysOf = lib.mkOption { type = lib.types.attrsOf (lib.types.listOf lib.types.str); default = { }; };
      config = {
        systems = [ ];
        flake.secrets.team = {
          recipients.admins = lib.mapAttrsToList (name: keys: { inherit name; key = keys; }) config.keysOf;
          secret.shared-vault-token = { };
          secret.ros-only.admins = [ "ros" ];
        };
      };
    });
}
