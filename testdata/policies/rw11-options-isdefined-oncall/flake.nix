{
  description = "an optional oncall option (no default): the oncall recipient is added only when options.oncall.isDefined";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, options, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./oncall.nix ];
      options.oncall = lib.mkOption { type = lib.types.attrsOf lib.types.str; };
      options.backupOncall = lib.mkOption { type = lib.types.attrsOf lib.types.str; };
      config = {
        systems = [ "x86_64-linux" ];
        flake.secrets.ops = {
          recipients.admins = [ { name = "lead"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; } ]
            ++ lib.optional options.oncall.isDefined config.oncall
            ++ lib.optional options.backupOncall.isDefined config.backupOncall;
          secret.pager-token = { };
        };
      };
    });
}
