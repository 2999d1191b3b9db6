{ team, recipientsWith, ... }:
{
  flake.secrets.backend = {
    recipients.admins = recipientsWith "lead";
    recipients.targets = recipientsWith "backend";
    secret.jwt-secret.targets = [ "*" ];
  };
  flake.secrets.frontend = {
    recipients.admins = recipientsWith "lead";
    recipients.targets = recipientsWith "frontend";
    secret.sentry-dsn.targets = builtins.filter (n: team.${n} ? key) [ "ben" ];
  };
}
