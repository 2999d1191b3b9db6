{
  description = "user option breakGlass = nullOr (submodule { name, kms }) default null; set in one module; admins get it appended with lib.optional";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./break-glass.nix ];
      options.breakGlass = lib.mkOption {
        type = lib.types.nullOr (lib.types.submodule {
          options.name = lib.mkOption { type = lib.types.str; default = "break-glass"; };
          options.kms = lib.mkOption { type = lib.types.str; };
        });
        default = null;
      };
      config = {
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ]
            ++ lib.optional (config.breakGlass != null) { inherit (config.breakGlass) name kms; };
          secret.db = { };
        };
      };
    });
}
