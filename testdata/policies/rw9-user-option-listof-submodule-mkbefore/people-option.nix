{ lib, ... }:
{
  options.people = lib.mkOption {
    type = lib.types.listOf (lib.types.submodule {
      options.name = lib.mkOption { type = lib.types.str; };
      options.age = lib.mkOption { type = lib.types.str; };
      options.roles = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ "ops" ]; };
    });
    default = [ ];
  };
}
