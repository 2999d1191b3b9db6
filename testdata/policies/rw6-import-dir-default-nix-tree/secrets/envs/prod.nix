{
  flake.secrets.prod = {
    recipients.targets = [ { name = "app-prod"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
    secret.db-url.targets = [ "app-prod" ];
    secret.signing-key = { admins = [ "carol" ]; targets = [ "app-prod" ]; };
  };
}
