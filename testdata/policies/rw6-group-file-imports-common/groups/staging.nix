{
  imports = [ ./common.nix ];
  directory = "secrets/stg";
  recipients.targets = [ { name = "stg-api"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
  secret.api-env.targets = [ "*" ];
}
