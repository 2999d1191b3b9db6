{
  description = "machines/<dir>/meta.nix with a hostName that differs from the directory name; recipients are named by hostName but a secret selects by directory name (lib.attrNames of readDir): enum error on 'nuc'";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        dirs = lib.attrNames (builtins.readDir ./machines);
        meta = lib.genAttrs dirs (d: import (./machines + "/${d}/meta.nix"));
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.home = {
          recipients.admins = [ { name = "lars"; age = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4"; } ];
          recipients.targets = lib.mapAttrsToList (_: m: { name = m.hostName; inherit (m) key; }) meta;
          secret.mqtt-password.targets = dirs;
        };
      });
}
