# Receives the keys through mkFlake's specialArgs.
{ keys, lib, ... }:
{
  flake.secrets.prod = {
    recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) keys.people;
    recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) keys.servers;
    secret.database.targets = [ "app1" "app2" ];
    secret.queue.targets = [ "worker" ];
  };
}
