{
  description = "probe: attrsOf (submodule ({ name, config, ... }: { options.a; options.b default = config.a; }))";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      options.hosts = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule ({ name, config, ... }: {
          options.a = lib.mkOption { type = lib.types.str; };
          options.b = lib.mkOption { type = lib.types.str; default = "${name}-${config.a}"; };
        }));
      };
      config = {
        systems = [ ];
        hosts.web.a = "x";
        flake.secrets.prod.recipients.admins = lib.mapAttrsToList (n: h: { name = h.b; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }) config.hosts;
      };
    });
}
