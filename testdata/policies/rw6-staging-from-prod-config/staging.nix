{ config, lib, ... }:
let
  prod = config.flake.secrets.prod;
in
{
  flake.secrets.staging = {
    recipients.admins = prod.recipients.admins;
    recipients.targets = lib.filter (t: lib.hasPrefix "stg-" t.name) prod.recipients.targets;
    secret = lib.mapAttrs (_: _: { targets = [ "*" ]; }) prod.secret;
  };
}
