{ lib, ... }:
let
  groups = [ "payments" "search" "misc" ];
in
{
  flake.secrets = lib.genAttrs groups (_: {
    directory = lib.mkOverride 1200 "secrets/misc";
    recipients.admins = [ { name = "org-breakglass"; pgp = "0123456789ABCDEF0123456789ABCDEF01234567"; } ];
  });
}
