{
  description = "A user option hosts of type attrsOf (submodule ({ name, ... }: …)): each host's hostname defaults to its attribute name, roles default to [ ], key is nullOr str; the policy takes the hosts with a key, named by hostname";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }:
      let
        hostType = lib.types.submodule ({ name, ... }: {
          options = {
            hostname = lib.mkOption { type = lib.types.str; default = name; };
            roles = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
            ageKey = lib.mkOption { type = lib.types.nullOr lib.types.str; default = null; };
          };
        });
        keyed = lib.filterAttrs (_: h: h.ageKey != null) config.hosts;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ./hosts.nix ];
        options.hosts = lib.mkOption { type = lib.types.attrsOf hostType; default = { }; };
        config = {
          systems = [ ];
          flake.secrets.lan = {
            recipients.admins = [ { name = "root"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
            recipients.targets = lib.mapAttrsToList (_: h: { name = h.hostname; age = h.ageKey; }) keyed;
            secret.syncthing-key.targets = lib.mapAttrsToList (_: h: h.hostname) (lib.filterAttrs (_: h: builtins.elem "sync" h.roles) keyed);
            secret.wifi.targets = [ "*" ];
          };
        };
      });
}
