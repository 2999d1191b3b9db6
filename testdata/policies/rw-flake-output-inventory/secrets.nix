{ self, config, lib, ... }:
{
  flake.secrets.prod = {
    recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) self.inventory.admins;
    recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) config.flake.inventory.hosts;
    secret.db-password.targets = [ "db" "web" ];
    secret.deploy-key.targets = lib.attrNames self.inventory.hosts;
  };
}
