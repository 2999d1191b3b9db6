{ keys }:
{ lib, ... }: {
  flake.secrets.data = {
    recipients.admins = keys.admins;
    recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) keys.data;
    secret.kafka-sasl.targets = [ "kafka-1" ];
  };
}
