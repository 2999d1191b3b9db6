{
  description = "host sets of two sites merged with lib.attrsets.unionOfDisjoint, names sorted with lib.sortOn, a decommissioned list removed with subtractLists";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        siteA = { a-web = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; a-db = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; a-old = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; };
        siteB = { b-web = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; b-db = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; };
        all = lib.attrsets.unionOfDisjoint siteA siteB;
        decommissioned = [ "a-old" ];
        names = lib.subtractLists decommissioned (lib.attrNames all);
        targets = lib.sortOn (t: lib.stringLength t.name) (map (n: { name = n; age = all.${n}; }) names);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = targets;
          secret.db-pass.targets = lib.filter (lib.hasSuffix "-db") names;
          secret.web-tls.targets = lib.filter (lib.hasInfix "web") names;
        };
      });
}
