{
  description = "A user option oncall (listOf str) defined in three modules with mkBefore, a plain list and mkAfter; the admins are built from it in that merged order";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./a.nix ./b.nix ];
      options.oncall = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
      options.people = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
      config = {
        systems = [ ];
        oncall = lib.mkAfter [ "kai" ];
        people = { kai = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; lou = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; max = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; ned = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; };
        flake.secrets.pager = {
          recipients.admins = map (n: { name = n; age = config.people.${n}; }) config.oncall;
          secret.pagerduty-token = { };
        };
      };
    });
}
