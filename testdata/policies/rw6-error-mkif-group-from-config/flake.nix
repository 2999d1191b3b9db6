{
  description = "Mistake (infinite recursion): whether a group exists decided with lib.mkIf on a value read from config.flake.secrets itself. A canary group exists only when prod has more than two targets (lib.mkIf on a count read from config), and its targets are prod's first two (lib.take)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }:
      let prod = config.flake.secrets.prod; in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "rel"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = map (i: { name = "pod${toString i}"; age = builtins.elemAt [ "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz" "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj" "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf" ] (i - 1); }) [ 1 2 3 ];
          secret.feature-flags.targets = [ "*" ];
        };
        flake.secrets.canary = lib.mkIf (builtins.length prod.recipients.targets > 2) {
          recipients.admins = prod.recipients.admins;
          recipients.targets = lib.take 2 prod.recipients.targets;
          secret.feature-flags.targets = [ "*" ];
        };
        flake.secrets.never = lib.mkIf (builtins.length prod.recipients.targets > 5) {
          secret.unused = { };
        };
      });
}
