{
  description = "Targets computed with lib.pipe over a host list: lib.unique, lib.subtractLists of quarantined hosts, lib.intersectLists with a region list; concatMapStringsSep builds a derived name";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        fleet = [ "eu-1" "eu-2" "us-1" "eu-1" "us-2" "ap-1" ];
        quarantined = [ "us-2" ];
        eu = [ "eu-1" "eu-2" "eu-3" ];
        active = lib.pipe fleet [ lib.unique (lib.subtractLists quarantined) ];
        keyOf = { "eu-1" = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; "eu-2" = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; "us-1" = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; "us-2" = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; "ap-1" = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; };
        clusterName = lib.concatMapStringsSep "-" (lib.removeSuffix "-1") [ "eu-1" "us-1" ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.edge = {
          recipients.admins = [ { name = "netops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = map (h: { name = h; key = keyOf.${h}; }) active;
          secret."${clusterName}-peering".targets = lib.intersectLists eu active;
          secret.cdn-origin-key.targets = lib.pipe active [ (builtins.filter (lib.hasPrefix "us")) (lib.sort (a: b: a > b)) ];
        };
      });
}
