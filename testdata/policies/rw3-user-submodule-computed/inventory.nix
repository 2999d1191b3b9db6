{ lib, ... }:
let
  inherit (lib) mkOption types;
  hostModule = { name, config, ... }: {
    options = {
      hostName = mkOption { type = types.str; default = name; };
      key = mkOption { type = types.str; };
      roles = mkOption { type = types.listOf types.str; default = [ ]; };
      isBuilder = mkOption { type = types.bool; default = builtins.elem "builder" config.roles; };
      recipient = mkOption {
        type = types.attrs;
        readOnly = true;
        default = { name = config.hostName; key = config.key; };
      };
    };
  };
in
{
  options.inventory.hosts = mkOption {
    type = types.attrsOf (types.submodule hostModule);
    default = { };
  };
}
