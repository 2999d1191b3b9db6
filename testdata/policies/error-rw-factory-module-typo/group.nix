# A module factory: one group from a list of hosts.
{ name, hosts, admins }:
{ lib, ... }:
{
  flake.secrets.${name} = {
    recipients.admins = admins;
    recipients.targets = lib.mapAttrsToList (host: age: { name = host; inherit age; }) hosts;
    secret.wireguard.targets = [ "*" ];
    secret.ingress-tls.targets = [ "lb" ];
  };
}
