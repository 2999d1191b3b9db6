{ config, lib, ... }:
{
  options.fleet.hosts = lib.mkOption {
    type = lib.types.attrsOf lib.types.str;
    default = { };
  };
  config.flake.secrets.prod = {
    recipients.admins = [ { name = "yara"; age = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x"; } ];
    recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) config.fleet.hosts;
    secret.mqttPassword.targets = [ "*" ];
  };
}
