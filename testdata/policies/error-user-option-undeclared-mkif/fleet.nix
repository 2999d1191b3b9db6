{ config, lib, ... }:
{
  options.fleet.hosts = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
  config.flake.secrets.prod = {
    recipients.admins = [ { name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; } ];
    recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) config.fleet.hosts;
    secret.a.targets = [ "*" ];
  };
}
