{
  description = "people.json exported from an HR tool has null for missing key types; lib.filterAttrsRecursive drops the nulls before the records become recipients";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        raw = lib.importJSON ./people.json;
        clean = map (lib.filterAttrsRecursive (_: v: v != null)) raw.people;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.corp = {
          recipients.admins = map (p: removeAttrs p [ "email" "team" ]) (lib.filter (p: p.team == "it") clean);
          recipients.targets = map (p: removeAttrs p [ "email" "team" ]) (lib.filter (p: p.team != "it") clean);
          secret.wifi-psk.targets = [ "*" ];
          secret.vpn-ca = { };
        };
      });
}
