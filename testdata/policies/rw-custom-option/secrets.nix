{ config, lib, ... }:
let
  inherit (config) fleet;
  readers = secret: lib.attrNames (lib.filterAttrs (_: h: lib.elem secret h.secrets) fleet.hosts);
in
{
  flake.secrets.fleet = {
    recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) fleet.admins;
    recipients.targets = lib.mapAttrsToList (name: h: { inherit name; age = h.ageKey; }) fleet.hosts;
    secret = lib.genAttrs [ "vpn" "backup" "monitoring" ] (s: { targets = readers s; })
      // { everyone.targets = [ "*" ]; };
  };
}
