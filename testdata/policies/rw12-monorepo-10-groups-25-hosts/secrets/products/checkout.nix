{ lib, ... }:
let l = import ../lib.nix { inherit lib; };
in {
  flake.secrets = lib.mapAttrs' (env: v: lib.nameValuePair "checkout-${env}" v) (l.mkProduct {
    product = "checkout";
    owners = [ "amy" "bart" ];
    secrets = {
      psp-api-key = { admins = [ "amy" ]; };
      session-secret = { };
    };
  });
}
