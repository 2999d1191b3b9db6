{
  description = "Target selections computed with set operations on names: lib.subtractLists of a decommissioned list, lib.intersectLists of two role lists, lib.unique over concatenated lists (duplicates in the selection select once)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inherit (lib) subtractLists intersectLists unique;
        allNodes = [ "n1" "n2" "n3" "n4" "n5" ];
        decommissioned = [ "n2" ];
        live = subtractLists decommissioned allNodes;
        gpu = [ "n3" "n4" "n9" ];
        ingress = [ "n1" "n4" ];
        keys = {
          n1 = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; n2 = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; n3 = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; n4 = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; n5 = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79";
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.cluster = {
          recipients.admins = [ { name = "sre"; key = [ "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy" "arn:aws:kms:eu-central-1:111122223333:alias/sre-break-glass" ]; } ];
          recipients.targets = map (n: { name = n; key = keys.${n}; }) live;
          secret.cuda-license.targets = intersectLists gpu live;
          secret.ingress-cert.targets = unique (ingress ++ intersectLists ingress gpu ++ [ "n1" ]);
          secret.join-token.targets = subtractLists [ "n5" ] live;
        };
      });
}
