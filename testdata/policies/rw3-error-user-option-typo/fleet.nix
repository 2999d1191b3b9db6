{ config, lib, ... }:
{
  options.fleet.hosts = lib.mkOption {
    type = lib.types.attrsOf lib.types.str;
    default = { };
  };
  config.flake.secrets.prod = {
    recipients.admins = [ { name = "zeno"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
    recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) config.fleet.hosts;
    secret.syncthingKey.targets = [ "*" ];
  };
}
