{ lib, ... }:
{
  flake.secrets.prod.recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) (import ./keys.nix);
}
