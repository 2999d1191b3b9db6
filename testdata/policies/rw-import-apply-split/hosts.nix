# The hosts, applied with their keys by flake.nix.
{ hostKeys }:
{ lib, ... }:
{
  flake.secrets.prod.recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) hostKeys;
}
