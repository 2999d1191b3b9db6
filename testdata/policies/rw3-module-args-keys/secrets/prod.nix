{ keys, mkRecipients, lib, ... }:
{
  flake.secrets.prod = {
    recipients.admins = mkRecipients keys.people [ "xena" "yves" ];
    recipients.targets = mkRecipients keys.hosts (lib.filter (lib.hasPrefix "prod-") (lib.attrNames keys.hosts));
    secret.sentry.targets = [ "*" ];
  };
}
