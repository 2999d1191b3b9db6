{
  description = "Per-team files each contributing admins, hosts and secrets per environment, merged with lib.zipAttrsWith (lists concatenated, secret sets merged with mergeAttrsList); teams listed from readDir";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        teams = map (f: import (./teams + "/${f}")) (lib.attrNames (builtins.readDir ./teams));
        zip = field: lib.zipAttrsWith (_env: values: values) (map (t: t.${field} or { }) teams);
        admins = lib.mapAttrs (_: lib.concatLists) (zip "admins");
        hosts = lib.mapAttrs (_: lib.concatLists) (zip "hosts");
        secrets = lib.mapAttrs (_: lib.mergeAttrsList) (zip "secrets");
        envs = lib.unique (lib.attrNames admins ++ lib.attrNames hosts);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets = lib.genAttrs envs (env: {
          recipients.admins = admins.${env} or [ ];
          recipients.targets = hosts.${env} or [ ];
          secret = secrets.${env} or { };
        });
      });
}
