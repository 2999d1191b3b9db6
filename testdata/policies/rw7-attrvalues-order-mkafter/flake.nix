{
  description = "Targets from builtins.attrValues of a set (name order, not the order written) in one module, and an mkAfter list in another module that imports nothing";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let hosts = { zeta = { name = "zeta"; key = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; }; alpha = { name = "alpha"; key = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; }; mid = { name = "mid"; key = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; }; }; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ./late.nix ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = builtins.attrValues hosts;
          secret.all.targets = [ "*" ];
          secret.some.targets = [ "zeta" "late" "alpha" ];
        };
      });
}
