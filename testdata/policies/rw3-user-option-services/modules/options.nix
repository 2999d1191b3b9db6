{ lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.infra = {
    hosts = mkOption {
      type = types.attrsOf types.str;
      default = { };
      description = "Host name to its age or SSH host key.";
    };
    services = mkOption {
      type = types.attrsOf (types.submodule ({ name, ... }: {
        options = {
          hosts = mkOption { type = types.listOf types.str; default = [ ]; };
          secrets = mkOption { type = types.listOf types.str; default = [ name ]; };
        };
      }));
      default = { };
    };
  };
}
