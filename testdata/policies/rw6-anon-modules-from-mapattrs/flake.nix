{
  description = "imports holds anonymous modules generated with lib.mapAttrsToList from an environments table, plus a file module; every one adds admins to the shared group, so the order is the module system's";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        envs = {
          alpha = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz";
          beta = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj";
          gamma = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf";
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ./extra.nix ]
          ++ lib.mapAttrsToList (env: key: {
            flake.secrets.${env} = {
              recipients.admins = [ { name = "${env}-owner"; age = key; } ];
              secret.token = { };
            };
            flake.secrets.shared.recipients.admins = [ { name = "${env}-owner"; age = key; } ];
          }) envs;
        systems = [ ];
        flake.secrets.shared = {
          recipients.admins = [ { name = "platform"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          secret.license-key = { };
        };
      });
}
