{ lib, ... }:
let l = import ../lib.nix { inherit lib; };
in {
  flake.secrets = lib.mapAttrs' (env: v: lib.nameValuePair "notifications-${env}" v) (l.mkProduct {
    product = "notifications";
    owners = [ "emre" ];
    secrets = {
      db-url = { };
      third-party-token.targets = [ ];
    };
  });
}
