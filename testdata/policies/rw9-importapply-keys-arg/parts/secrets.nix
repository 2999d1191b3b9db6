{ keys, withMonitoring }:
{ lib, ... }:
with lib;
{
  flake.secrets.prod = {
    recipients.admins = [ { name = "sre"; age = keys.sre; } { name = "ci"; kms = keys.ciKms; } ];
    recipients.targets = [ { name = "app"; key = keys.app; } { name = "monitor"; key = keys.monitor; } ];
    secret = {
      db-url.targets = [ "app" ];
    } // optionalAttrs withMonitoring {
      grafana-admin.targets = [ "monitor" ];
      alertmanager-slack = { admins = [ "sre" ]; targets = [ "monitor" ]; };
    };
  };
}
