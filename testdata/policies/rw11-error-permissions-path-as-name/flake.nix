{
  description = "mistake: the secret names are the file paths themselves (with slashes), not slugs";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = builtins.fromJSON (builtins.readFile ./sops.json);
        permissions = {
          "secrets.yaml" = [ ];
          "terraform/secrets.yaml" = [ ];
          "modules/secrets/backup.yaml" = [ "build03" ];
          "modules/secrets/community-builder.yaml" = [ "build01" "darwin01" ];
          "modules/secrets/rfc39_private_key.der" = [ "web01" ];
        } // lib.mapAttrs' (host: _: lib.nameValuePair "hosts/${host}/secrets.yaml" [ host ]) keys.hosts;
        slug = path: builtins.replaceStrings [ "/" ] [ "--" ] (lib.removeSuffix ".yaml" path);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.infra = {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) keys.admins;
          recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) keys.hosts;
          secret = lib.mapAttrs' (path: hosts: lib.nameValuePair path { file = path; targets = hosts; }) permissions;
        };
      });
}
