{ lib, ... }:
let l = import ../lib.nix { inherit lib; };
in {
  flake.secrets = lib.mapAttrs' (env: v: lib.nameValuePair "catalog-${env}" v) (l.mkProduct {
    product = "catalog";
    owners = [ "cleo" ];
    secrets = {
      db-url = { };
      third-party-token.targets = [ ];
    };
  });
}
