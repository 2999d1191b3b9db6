{
  description = "group built with lib.mkMerge of a base and lib.mkIf blocks keyed on settings (one true, one false), each adding targets and secrets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        settings = { monitoring = true; mail = false; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = lib.mkMerge [
          {
            recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
            recipients.targets = [ { name = "app"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
            secret.app-key.targets = [ "app" ];
          }
          (lib.mkIf settings.monitoring {
            recipients.targets = [ { name = "grafana"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
            secret.grafana-admin.targets = [ "grafana" ];
            secret.app-key.targets = [ "grafana" ];
          })
          (lib.mkIf settings.mail {
            recipients.targets = [ { name = "mx"; key = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ];
            secret.dkim.targets = [ "mx" ];
          })
        ];
      });
}
