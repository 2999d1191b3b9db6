{ lib, ... }:
let l = import ../lib.nix { inherit lib; };
in {
  flake.secrets = lib.mapAttrs' (env: v: lib.nameValuePair "analytics-${env}" v) (l.mkProduct {
    product = "analytics";
    owners = [ "bart" ];
    secrets = {
      db-url = { };
      third-party-token.targets = [ ];
    };
  });
}
