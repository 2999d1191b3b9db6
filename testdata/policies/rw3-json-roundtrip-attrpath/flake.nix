{
  description = "An inventory merged from two JSON files with lib.recursiveUpdate (a site file overriding defaults), looked up with lib.attrByPath and builtins.getAttr/hasAttr, and normalised through builtins.toJSON/fromJSON before use";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        defaults = lib.importJSON ./inventory/defaults.json;
        site = lib.importJSON ./inventory/site-ber.json;
        inv = builtins.fromJSON (builtins.toJSON (lib.recursiveUpdate defaults site));
        recipientOf = name: entry: { inherit name; } // lib.filterAttrs (k: _: builtins.elem k [ "age" "pgp" "kms" "key" ]) entry;
        hosts = lib.attrByPath [ "hosts" ] { } inv;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.${inv.site} = {
          recipients.admins = lib.mapAttrsToList recipientOf inv.admins;
          recipients.targets = lib.mapAttrsToList recipientOf (lib.filterAttrs (_: h: h.enabled or true) hosts);
          secret = lib.mapAttrs (_: hostList: {
            targets = builtins.filter (h: builtins.hasAttr h hosts && (builtins.getAttr h hosts).enabled or true) hostList;
          }) inv.secrets;
        };
      });
}
