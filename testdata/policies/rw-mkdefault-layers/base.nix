# Defaults every secret of every group gets, overridable by the groups' own modules.
{ lib, ... }:
let
  secretNames = [ "db-password" "session-key" "smtp" "s3-credentials" ];
in
{
  flake.secrets.prod = {
    directory = lib.mkDefault "secrets/production";
    secret = lib.genAttrs secretNames (_: { targets = lib.mkDefault [ "*" ]; });
  };
}
