{ lib, ... }:
let
  keys = import ../../keys.nix { inherit lib; };
in
{
  imports = [ ./hosts.nix ./oncall.nix ];
  flake.secrets.platform = {
    recipients.admins = [ { name = "ana"; age = keys.people.ana; } ];
    secret.api-token.targets = lib.mkMerge [ [ "api-1" ] (lib.mkIf true [ "api-2" ]) (lib.mkIf false [ "cache" ]) ];
    secret.db-password = lib.mkMerge [
      { targets = [ "db-1" ]; }
      { targets = [ "db-2" "api-1" ]; admins = [ "ana" "ben" ]; }
    ];
  };
}
