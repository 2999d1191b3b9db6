{ lib, ... }:
let
  org = import ../lib.nix { inherit lib; };
  prod = lib.filter (lib.hasPrefix "prod-") org.envs;
in
{
  flake.secrets = lib.genAttrs org.envs (env: {
    secret = org.serviceSecrets env "payments" { pay-api = [ "stripe-key" "adyen-key" "db-password" ]; }
      // lib.optionalAttrs (lib.elem env prod) {
        pay-api-hsm-pin = { admins = lib.mkForce (lib.filter (p: lib.elem p (org.envGroupAdmins env)) (org.peopleOf "payments")); targets = [ "*" ]; };
      };
  });
}
