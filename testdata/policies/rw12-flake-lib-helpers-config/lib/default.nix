{ lib, ... }:
{
  flake.lib = {
    mkRecipients = lib.mapAttrsToList (name: key: { inherit name key; });
    forHosts = hosts: extra: lib.genAttrs hosts (h: { targets = [ h ]; } // extra);
  };
}
