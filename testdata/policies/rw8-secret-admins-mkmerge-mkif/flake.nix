{
  description = "a secret's admins written lib.mkMerge [ [ \"ops\" ] (lib.mkIf needsSecurity [ \"sec\" ]) ], and another's targets lib.mkMerge of a mkIf false only (empty list)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let needsSecurity = true; hasWorkers = false; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "sec"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; } { name = "dev"; age = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; } ];
          recipients.targets = [ { name = "w"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
          secret.ca.admins = lib.mkMerge [ [ "ops" ] (lib.mkIf needsSecurity [ "sec" ]) ];
          secret.jobs.targets = lib.mkMerge [ (lib.mkIf hasWorkers [ "w" ]) ];
        };
      });
}
