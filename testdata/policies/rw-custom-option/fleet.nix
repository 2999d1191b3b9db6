# A flake-parts module of the team's own: declares the fleet as an option.
{ lib, ... }:
{
  options.fleet = {
    hosts = lib.mkOption {
      type = lib.types.attrsOf (lib.types.submodule {
        options.ageKey = lib.mkOption { type = lib.types.str; };
        options.secrets = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
      });
      default = { };
    };
    admins = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
  };
}
