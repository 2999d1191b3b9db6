{
  description = "probe: user option people = listOf (submodule { roles with a default }); an element without roles";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.people = lib.mkOption {
        type = lib.types.listOf (lib.types.submodule {
          options.name = lib.mkOption { type = lib.types.str; };
          options.roles = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ "ops" ]; };
        });
      };
      config = {
        systems = [ ];
        people = [ { name = "zoe"; } ];
        flake.secrets.prod = {
          recipients.admins = map (p: { name = "${p.name}-${builtins.head p.roles}"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }) config.people;
        };
      };
    });
}
