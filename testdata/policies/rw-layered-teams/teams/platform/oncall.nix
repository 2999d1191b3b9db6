{ lib, ... }:
let
  keys = import ../../keys.nix { inherit lib; };
in
{
  flake.secrets.platform.recipients.admins = [ { name = "ben"; age = keys.people.ben; } ];
  flake.secrets.platform.secret.pagerduty = { admins = [ "ben" ]; };
}
