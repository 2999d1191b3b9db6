# Added by the audit team; loses to prod.nix's mkOverride 900.
{ lib, ... }:
{
  flake.secrets.prod.secret.s3-credentials.admins = lib.mkOverride 950 [ "sre-oncall" ];
  flake.secrets.prod.secret.session-key.targets = [ "api-1" "api-2" ];
}
