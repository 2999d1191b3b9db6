{ keys, mkRecipient, ... }:
{
  flake.secrets.dev = {
    recipients.admins = [ (mkRecipient "xena" keys.people.xena) ];
    recipients.targets = [ (mkRecipient "dev-box" keys.hosts.dev-box) ];
    secret.sentry.targets = [ "dev-box" ];
  };
}
