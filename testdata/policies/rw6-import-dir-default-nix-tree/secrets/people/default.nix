{ lib, ... }:
let
  people = map (f: import (./. + "/${f}")) [ "carol.nix" "dave.nix" ];
in
{
  flake.secrets = lib.genAttrs [ "prod" "staging" ] (_: { recipients.admins = people; });
}
