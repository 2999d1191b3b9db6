{
  description = "An inventory where hosts not provisioned yet have key = null and optional fields are null: cleaned with lib.filterAttrsRecursive (v != null) before use; selections name hosts literally";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inventory = {
          hosts = {
            ns1 = { key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; location = "fra"; };
            ns2 = { key = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; location = null; };
            ns3 = { key = null; location = "ams"; };
          };
        };
        clean = lib.filterAttrsRecursive (_: v: v != null) inventory;
        ready = lib.filterAttrs (_: h: h ? key) clean.hosts;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.dns = {
          recipients.admins = [ { name = "jana"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; age = h.key; }) ready;
          secret.tsigKey.targets = [ "ns1" "ns2" ];
          secret.dnssecKsk.targets = [ "ns1" ];
        };
      });
}
