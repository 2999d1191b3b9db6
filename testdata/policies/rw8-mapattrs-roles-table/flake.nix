{
  description = "a roles table { web = [hosts]; db = [hosts]; } turned into one secret per role with builtins.mapAttrs; the hosts are the union of the table's values";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        roles = { web = [ "web1" "web2" ]; db = [ "db1" ]; cache = [ "web2" "db1" ]; };
        hostKeys = { web1 = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; web2 = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; db1 = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.staging = {
          recipients.admins = [ { name = "lead"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) hostKeys;
          secret = builtins.mapAttrs (role: hosts: { targets = hosts; file = "secrets/staging/${role}.env"; }) roles;
        };
      });
}
