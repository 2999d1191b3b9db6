{ lib, ... }:
{
  flake.secrets.prod.secret.ca-key = {
    admins = lib.mkForce [ "sec" ];
    targets = [ "ca2" ];
  };
}
