{
  description = "mistake: a nullOr port option set to 70000";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.vaultPort = lib.mkOption { type = lib.types.nullOr lib.types.port; default = null; };
      config = {
        systems = [ "x86_64-linux" ];
        vaultPort = 70000;
        flake.secrets.prod = { recipients.admins = [ { name = "ada"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ]; secret."db${lib.optionalString (config.vaultPort != null) (toString config.vaultPort)}" = { }; };
      };
    });
}
