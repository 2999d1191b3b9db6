{
  description = "settings.nix holds feature booleans; secrets for disabled features are behind lib.mkIf, one target only exists when monitoring is on (mkIf inside the list with optionals)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let settings = import ./settings.nix; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.site = lib.mkMerge [
          {
            recipients.admins = [ { name = "admin"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
            recipients.targets = [ { name = "web"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ] ++ lib.optionals settings.monitoring [ { name = "prometheus"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
            secret.django-secret-key.targets = [ "web" ];
          }
          (lib.mkIf settings.monitoring { secret.grafana-admin.targets = [ "prometheus" ]; })
          (lib.mkIf settings.mail { secret.smtp-password.targets = [ "web" ]; })
          (lib.mkIf (!settings.mail) { secret.mailgun-key.targets = [ "web" ]; })
        ];
      });
}
