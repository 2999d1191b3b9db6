{
  description = "the whole policy data built with lib.fix (staging reuses prod's admins and adds one), rec sets and inherit (self) inside";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        data = lib.fix (self: {
          people = rec { lead = { name = "lea"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }; deputy = { name = "dan"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }; all = [ lead deputy ]; };
          prod = { admins = self.people.all; hosts = [ { name = "p1"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ]; };
          staging = { admins = self.prod.admins ++ [ { name = "intern"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ]; hosts = [ ]; };
        });
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.genAttrs [ "prod" "staging" ] (env: {
          recipients.admins = data.${env}.admins;
          recipients.targets = data.${env}.hosts;
          secret.app.targets = map (h: h.name) data.${env}.hosts;
          secret.keystore.admins = [ data.people.lead.name ];
        });
      });
}
