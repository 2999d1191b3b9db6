{
  description = "A base group; staging and prod are lib.recursiveUpdate base { … } adding a directory, a secret and secret-level overrides (recursiveUpdate replaces lists whole)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        base = {
          recipients.admins = [ { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "bob"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
          recipients.targets = [ { name = "app"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } { name = "worker"; key = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ];
          secret.db-url.targets = [ "app" "worker" ];
          secret.session-key.targets = [ "app" ];
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets = {
          dev = base;
          staging = lib.recursiveUpdate base { directory = "env/staging"; secret.smtp.targets = [ "worker" ]; };
          prod = lib.recursiveUpdate base {
            secret.db-url.admins = [ "alice" ];
            secret.session-key.targets = [ "*" ];
            recipients.admins = [ { name = "alice"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          };
        };
      });
}
