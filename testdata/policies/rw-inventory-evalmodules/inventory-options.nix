{ lib, ... }:
{
  options.hosts = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: {
      options = {
        hostName = lib.mkOption { type = lib.types.str; default = name; };
        ageKey = lib.mkOption { type = lib.types.str; };
        services = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
      };
    }));
    default = { };
  };
}
