{
  description = "mistake: a secret names the team eng.mobile, which does not exist; lib.getAttrFromPath throws";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        teams = {
          eng.backend = [ "ana" "ben" ];
          eng.frontend = [ "cai" ];
          ops.sre = [ "dov" ];
        };
        people = { ana = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; ben = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; cai = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; dov = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; };
        members = path: lib.getAttrFromPath (lib.splitString "." path) teams;
        secrets = { db-password = [ "eng.backend" "ops.sre" ]; sentry = [ "eng.frontend" "eng.backend" ]; pagerduty = [ "ops.sre" ]; app-store-key = [ "eng.mobile" ]; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) people;
          secret = lib.mapAttrs (_: paths: { admins = lib.concatMap members paths; }) secrets;
        };
      });
}
