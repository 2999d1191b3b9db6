{
  description = "user option hosts = attrsOf (submodule { imports = [ ./host-common.nix ]; ... }): the type's module imports shared options and defaults; a host given as a module imports a role module; list options merged from all of them in the module system's order";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./hosts.nix ];
      options.hosts = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: {
          imports = [ ./host-common.nix { roles = [ "base" ]; } ];
          options.hostKey = lib.mkOption { type = lib.types.str; };
          config.roles = [ "type" ];
        }));
      };
      config = {
        systems = [ "x86_64-linux" ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "una"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { name = "${h.fqdn}"; age = h.hostKey; }) config.hosts;
          secret = lib.mapAttrs' (name: h: lib.nameValuePair "${name}-roles" { targets = [ h.fqdn ]; file = "secrets/prod/${lib.concatStringsSep "_" h.roles}.yaml"; }) config.hosts;
        };
      };
    });
}
