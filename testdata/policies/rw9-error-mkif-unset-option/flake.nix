{
  description = "mistake: a user option region (no default) gates a group with mkIf, but no module sets it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.region = lib.mkOption { type = lib.types.str; };
      config = {
        systems = [ "x86_64-linux" ];
        flake.secrets.eu = lib.mkIf (config.region == "eu") {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          secret.gdpr-export = { };
        };
      };
    });
}
