{ lib, ... }:
{
  flake.secrets.prod.recipients.targets = lib.mkForce [ { name = "web1"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
}
