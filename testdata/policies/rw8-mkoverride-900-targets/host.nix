{ lib, ... }:
{
  flake.secrets.prod.recipients.targets = lib.mkOverride 900 [ { name = "b"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
  flake.secrets.prod.secret.y.targets = lib.mkOverride 50 [ "*" ];
}
