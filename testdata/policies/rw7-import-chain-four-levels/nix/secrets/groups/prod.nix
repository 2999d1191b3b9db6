{ people, ... }:
{
  imports = [ ../people.nix ];
  flake.secrets.prod = {
    recipients.admins = [ people.lead ];
    recipients.targets = [ { name = "prod-host"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
    secret.db.targets = [ "prod-host" ];
  };
}
