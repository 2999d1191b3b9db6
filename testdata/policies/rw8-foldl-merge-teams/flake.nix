{
  description = "team files merged with builtins.foldl' and //, later teams overriding a secret definition; recipients concatenated";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        teams = [
          { admins = [ { name = "a"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ]; targets = [ { name = "t1"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ]; secrets = { db.targets = [ "t1" ]; }; }
          { admins = [ { name = "b"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; } ]; targets = [ { name = "t2"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ]; secrets = { db.targets = [ "t2" ]; cache = { }; }; }
        ];
        merged = builtins.foldl' (acc: t: {
          admins = acc.admins ++ t.admins;
          targets = acc.targets ++ t.targets;
          secrets = acc.secrets // t.secrets;
        }) { admins = [ ]; targets = [ ]; secrets = { }; } teams;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients = { inherit (merged) admins targets; };
          secret = merged.secrets;
        };
      });
}
