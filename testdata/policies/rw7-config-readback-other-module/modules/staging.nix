{ config, lib, ... }:
let prod = config.flake.secrets.prod; in
{
  flake.secrets.staging = {
    recipients.admins = map (a: { inherit (a) name age pgp; }) prod.recipients.admins;
    recipients.targets = map (t: { name = "${t.name}-stg"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; }) prod.recipients.targets;
    secret = lib.mapAttrs (_: s: { targets = map (t: "${t}-stg") s.targets; }) prod.secret;
  };
}
