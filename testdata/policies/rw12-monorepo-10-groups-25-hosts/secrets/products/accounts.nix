{ lib, ... }:
let l = import ../lib.nix { inherit lib; };
in {
  flake.secrets = lib.mapAttrs' (env: v: lib.nameValuePair "accounts-${env}" v) (l.mkProduct {
    product = "accounts";
    owners = [ "dirk" ];
    secrets = {
      db-url = { };
      third-party-token.targets = [ ];
    };
  });
}
