{
  description = "lib.concatMapAttrs builds secrets per service and environment; lib.findFirst picks the primary admin, lib.count sizes a check";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        people = [ { name = "bob"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; primary = false; } { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; primary = true; } ];
        primary = lib.findFirst (p: p.primary) (throw "no primary") people;
        services = { api = [ "h1" ]; jobs = [ "h2" ]; };
      in
      assert lib.count (p: p.primary) people == 1;
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = map (p: { inherit (p) name age; }) people;
          recipients.targets = [ { name = "h1"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } { name = "h2"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
          secret = lib.concatMapAttrs (svc: hosts: {
            "${svc}-db".targets = hosts;
            "${svc}-root" = { admins = [ primary.name ]; };
          }) services;
        };
      });
}
