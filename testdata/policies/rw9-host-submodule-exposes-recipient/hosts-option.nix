{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.hosts = mkOption {
    type = types.attrsOf (types.submodule ({ name, config, ... }: {
      options = {
        hostKey = mkOption { type = types.str; };
        group = mkOption { type = types.str; };
        critical = mkOption { type = types.bool; default = false; };
        recipient = mkOption { type = types.attrs; readOnly = true; };
      };
      config = {
        group = lib.mkDefault "prod";
        recipient = { inherit name; age = config.hostKey; };
      };
    }));
    default = { };
  };
}
