{ lib, ... }:
let
  keys = import ../keys.nix { inherit lib; };
in
{
  flake.secrets.data = {
    recipients.targets = [ { name = "cache"; age = keys.hosts.cache; } ];
    secret.warehouse.targets = [ "cache" ];
  };
}
