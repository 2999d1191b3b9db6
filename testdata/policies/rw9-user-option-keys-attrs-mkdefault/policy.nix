{ config, lib, ... }:
{
  flake.secrets.prod = {
    recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) config.keys;
    recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) config.hostKeys;
    secret.db.targets = [ "db" ];
    secret.web.targets = [ "web" ];
  };
}
