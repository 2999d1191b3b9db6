{
  description = "Curried helpers mkHost = role: name: key: …, partially applied per role with map (mkHost \"web\"), lib.zipListsWith pairing names with keys, lib.flip for selection";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        mkHost = role: name: key: { inherit name key; meta.role = role; };
        webs = lib.zipListsWith (mkHost "web") [ "w1" "w2" ] [ "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz" "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj" ];
        dbs = lib.zipListsWith (mkHost "db") [ "d1" ] [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop" ];
        all = webs ++ dbs;
        strip = h: { inherit (h) name key; };
        namesOf = role: map (h: h.name) (builtins.filter (h: h.meta.role == role) all);
        select = lib.flip map;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = map strip all;
          secret.session.targets = namesOf "web";
          secret.pg.targets = select (namesOf "db") lib.id;
        };
      });
}
