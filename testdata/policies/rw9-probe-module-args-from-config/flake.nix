{
  description = "probe: _module.args.adminKey = config.adminKeyOpt; the policy module takes { adminKey, ... }";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ({ adminKey, ... }: { flake.secrets.prod.recipients.admins = [ { name = "a"; age = adminKey; } ]; }) ];
      options.adminKeyOpt = lib.mkOption { type = lib.types.str; };
      config = {
        systems = [ ];
        adminKeyOpt = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
        _module.args.adminKey = config.adminKeyOpt;
      };
    });
}
