{
  description = "Mistake: options.site.name declared without default and never set; the group name reads it";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.site.name = lib.mkOption { type = lib.types.str; description = "Site name"; };
      config = {
        systems = [ ];
        flake.secrets.${config.site.name} = {
          recipients.admins = [ { name = "owner"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          secret.db = { };
        };
      };
    });
}
