{ lib, ... }:
{
  options.roles = lib.mkOption { type = lib.types.attrsOf (lib.types.listOf lib.types.str); default = { }; };
  config.roles = { admin = [ "kai" ]; dba = [ "kai" ]; };
}
