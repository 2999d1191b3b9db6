{ inventory, lib, ... }:
let
  withRole = role: lib.attrNames (lib.filterAttrs (_: h: lib.elem role h.roles) inventory.hosts);
in
{
  flake.secrets.fleet = {
    recipients.admins = inventory.operators;
    recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) age; }) inventory.hosts;
    secret = {
      tls-wildcard.targets = withRole "edge";
      postgres.targets = withRole "db" ++ withRole "monitoring";
      grafana-admin.targets = withRole "monitoring";
    };
  };
}
