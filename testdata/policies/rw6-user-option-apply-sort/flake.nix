{
  description = "A user option admins (listOf str) with apply = lib.sort lib.lessThan, defined in two modules: the admins come out sorted by key, not in definition order";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./more.nix ];
      options.adminKeys = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; apply = lib.sort lib.lessThan; };
      config = {
        systems = [ ];
        adminKeys = [ "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy" "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz" ];
        flake.secrets.corp = {
          recipients.admins = lib.imap0 (i: age: { name = "admin-${toString i}"; inherit age; }) config.adminKeys;
          secret.root-ca = { };
        };
      };
    });
}
