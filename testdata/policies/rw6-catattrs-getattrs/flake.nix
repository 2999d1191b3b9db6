{
  description = "Admin records picked from a people table with lib.getAttrs and builtins.catAttrs; targets from lib.attrsets.attrVals; selections with lib.intersectLists";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        people = {
          una = { name = "una"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; team = "sec"; };
          vic = { name = "vic"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; team = "sec"; };
          wes = { name = "wes"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; team = "web"; };
        };
        hosts = { h1 = { name = "h1"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; }; h2 = { name = "h2"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; }; h3 = { name = "h3"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; }; };
        sec = lib.attrValues (lib.getAttrs [ "vic" "una" ] people);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.sec = {
          recipients.admins = map (p: removeAttrs p [ "team" ]) sec;
          recipients.targets = lib.attrVals [ "h3" "h1" ] hosts;
          secret.ids-rules.targets = lib.intersectLists [ "h1" "h2" "h3" ] (builtins.catAttrs "name" (lib.attrVals [ "h3" "h1" ] hosts));
          secret.audit-key.admins = builtins.catAttrs "name" (lib.filter (p: p.team == "sec") (lib.attrValues people));
        };
      });
}
