{
  description = "The DR group reads the prod group back through self.secrets (the flake's own output) rather than config: admins and target list copied, one DR-only target appended";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ self, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ ];
      flake.secrets.prod = {
        recipients.admins = [ { name = "sec"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
        recipients.targets = [ { name = "db-a"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } { name = "db-b"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
        secret.pg-superuser.targets = [ "db-a" ];
      };
      flake.secrets.dr = {
        recipients.admins = map (r: { inherit (r) name age; }) self.secrets.prod.recipients.admins;
        recipients.targets = map (r: { inherit (r) name age; }) self.secrets.prod.recipients.targets ++ [ { name = "db-dr"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ];
        secret.pg-superuser.targets = [ "db-dr" ] ++ self.secrets.prod.secret.pg-superuser.targets;
      };
    });
}
