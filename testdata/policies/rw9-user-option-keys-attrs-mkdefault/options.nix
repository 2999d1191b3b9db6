{ lib, ... }:
{
  options.keys = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
  options.hostKeys = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.str; default = { }; };
}
