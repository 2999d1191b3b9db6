{ hosts }:
{ lib, ... }:
{
  flake.secrets.prod = {
    recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) hosts;
    secret.metrics.targets = [ "prometheus" ];
  };
}
