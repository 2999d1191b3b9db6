{
  description = "An inventory read from JSON with null fields dropped by lib.filterAttrsRecursive; hosts grouped by role with lib.groupBy', the on-call admin found with lib.findSingle, path prefixes compared with lib.lists.hasPrefix, names shown with lib.showAttrPath and escaped with lib.escapeShellArgs in a description";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inventory = lib.filterAttrsRecursive (_: v: v != null) (lib.importJSON ./inventory.json);
        hosts = lib.filterAttrs (_: h: h ? key) inventory.hosts;
        byRole = lib.groupBy' (acc: h: acc ++ [ h.name ]) [ ] (h: h.role) (lib.mapAttrsToList (name: h: h // { inherit name; }) hosts);
        onCall = lib.findSingle (p: p.onCall or null == true) (throw "nobody on call") (throw "two on call") inventory.people;
        inDc1 = lib.filterAttrs (_: h: lib.lists.hasPrefix [ "eu" "dc1" ] h.location) hosts;
        perHost = lib.zipAttrsWithNames [ "ns1" "ns2" ] (_: keys: lib.head keys) [ (lib.mapAttrs (_: h: h.key) hosts) ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.dns = {
          recipients.admins = [ { name = onCall.name; age = onCall.key; } ];
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name; age = key; }) perHost
            ++ map (n: { name = n; age = hosts.${n}.key; }) byRole.web;
          secret.zoneSigningKey.targets = byRole.dns;
          secret.tsigKey.targets = lib.attrNames inDc1;
          secret.webCert.targets = [ "www1" ];
          secret.${lib.strings.sanitizeDerivationName (lib.showAttrPath [ "dns" "notify key" ])}.targets = [ "ns2" ];
        };
      });
}
