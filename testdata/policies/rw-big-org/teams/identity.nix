{ lib, ... }:
let
  org = import ../lib.nix { inherit lib; };
in
{
  flake.secrets = lib.genAttrs org.envs (env: {
    secret = org.serviceSecrets env "identity" { keycloak = [ "admin-password" "db-password" "smtp" ]; };
  });
}
