{
  description = "Priorities nested in other properties: mkForce inside mkIf, mkForce inside mkMerge beside a plain list, mkOverride 10 beating mkForce, mkBefore inside mkIf, mkOrder 1500 beside mkAfter (stable), lib.modules.* spellings, and a secret given wholesale under mkDefault whose targets vanish because another module defines the same secret plainly";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./lockdown.nix ./ordering.nix ];
      systems = [ "x86_64-linux" ];

      flake.secrets.a.recipients.admins = [ { name = "plain"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
      flake.secrets.b.recipients.admins = lib.mkMerge [
        (lib.mkForce [ { name = "forced"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ])
        [ { name = "dropped"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ]
      ];
      flake.secrets.c.recipients.admins = lib.mkForce [ { name = "force50"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ];
      flake.secrets.d.recipients.admins = [ { name = "mid"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
      flake.secrets.d.recipients.targets = [ { name = "t1"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; } { name = "t2"; age = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; } ];
      flake.secrets.d.secret.wholesale = lib.mkDefault { targets = [ "t1" ]; };
      flake.secrets.d.secret.kept = lib.mkDefault { targets = [ "t2" ]; };
    });
}
