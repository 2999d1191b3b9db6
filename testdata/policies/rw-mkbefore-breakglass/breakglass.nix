# The break-glass key comes first in every group's admins; CI comes last.
{ lib, ... }:
let
  groups = [ "staging" "prod" ];
in
{
  flake.secrets = lib.genAttrs groups (_: {
    recipients.admins = lib.mkMerge [
      (lib.mkBefore [ { name = "break-glass"; age = "age1eszthxucjxk9t0ysdjc4wzmjftthrlh0nr4fvxu7hgp24dm5yutqljeydf"; pgp = "3AA5C34371567BD2B1B3D4AE5F6A7B8C9D0E1F2A"; } ])
      (lib.mkAfter [ { name = "ci"; gcpKms = "projects/acme-ci/locations/global/keyRings/sops/cryptoKeys/ci"; } ])
    ];
  });
}
