{ lib, ... }:
let
  inherit (lib) mkOption mkEnableOption types;
in
{
  options.fleet.hosts = mkOption {
    type = types.attrsOf (types.submodule ({ name, ... }: {
      options = {
        enable = mkEnableOption "host ${name}" // { default = true; };
        env = mkOption { type = types.enum [ "staging" "prod" ]; default = "prod"; };
        hostKey = mkOption { type = types.nullOr types.str; default = null; };
        fqdn = mkOption { type = types.str; default = "${name}.example.net"; };
      };
    }));
    default = { };
  };
}
