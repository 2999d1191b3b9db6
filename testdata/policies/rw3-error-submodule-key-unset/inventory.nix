{ config, lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.inventory.hosts = mkOption {
    type = types.attrsOf (types.submodule {
      options.key = mkOption { type = types.str; };
      options.roles = mkOption { type = types.listOf types.str; default = [ ]; };
    });
    default = { };
  };
  config.flake.secrets.prod = {
    recipients.admins = [ { name = "hal"; age = "age1ag5uhcp00xtrfl8fxztkf0kyx07h4x2r5xzgzen57semmtrfe4ws4nnkl4"; } ];
    recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) key; }) config.inventory.hosts;
    secret.queuePassword.targets = [ "*" ];
  };
}
