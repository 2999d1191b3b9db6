{ lib }:
{
  mkRecipients = lib.mapAttrsToList (name: key: { inherit name key; });
  onlyHosts = prefix: hosts: lib.filter (lib.hasPrefix prefix) (lib.attrNames hosts);
}
