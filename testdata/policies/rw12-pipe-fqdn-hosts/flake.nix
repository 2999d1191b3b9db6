{
  description = "an inventory export (hosts.json, FQDNs in mixed case) is turned into targets with lib.pipe: lower-cased, domain suffix removed, sorted; one group per datacenter derived from the FQDN";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        export = lib.importJSON ./hosts.json;
        hosts = lib.pipe export [
          (map (h: h // { fqdn = lib.toLower h.fqdn; }))
          (map (h: h // {
            short = lib.removeSuffix ".corp.example.com" h.fqdn;
            dc = builtins.elemAt (lib.splitString "." h.fqdn) 1;
          }))
          (lib.sort (a: b: a.short < b.short))
        ];
        byDc = builtins.groupBy (h: h.dc) hosts;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.mapAttrs (dc: members: {
          recipients.admins = [ { name = "infra"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ];
          recipients.targets = map (h: { name = h.short; age = h.ssh_key; }) members;
          secret.ipmi-password.targets = [ "*" ];
          secret.dc-vpn.targets = map (h: h.short) (lib.filter (h: lib.hasPrefix "gw" h.short) members);
        }) byDc;
      });
}
