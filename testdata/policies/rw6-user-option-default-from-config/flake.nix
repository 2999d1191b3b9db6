{
  description = "User options whose defaults read other options: site.dbHost defaults to \"\${site.name}-db\", site.replicas (ints.positive) drives lib.genList of replica names";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }:
      let cfg = config.site; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        options.site = {
          name = lib.mkOption { type = lib.types.str; };
          dbHost = lib.mkOption { type = lib.types.str; default = "${cfg.name}-db"; };
          replicas = lib.mkOption { type = lib.types.ints.positive; default = 1; };
          keys = lib.mkOption { type = lib.types.listOf lib.types.str; };
        };
        config = {
          systems = [ ];
          site = { name = "shop"; replicas = 3; keys = [ "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz" "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj" "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf" "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79" ]; };
          flake.secrets.${cfg.name} = {
            recipients.admins = [ { name = "owner"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
            recipients.targets = [ { name = cfg.dbHost; age = builtins.head cfg.keys; } ]
              ++ lib.genList (i: { name = "${cfg.name}-replica-${toString i}"; age = builtins.elemAt cfg.keys (i + 1); }) cfg.replicas;
            secret.db-password.targets = [ cfg.dbHost ];
            secret.replication.targets = lib.genList (i: "${cfg.name}-replica-${toString i}") cfg.replicas ++ [ cfg.dbHost ];
          };
        };
      });
}
