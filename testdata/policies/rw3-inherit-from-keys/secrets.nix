{ lib, ... }:
let
  inherit (import ./keys.nix) users systems;
  inherit (users) rosa sven;
  names = rec {
    family = [ "rosa" "sven" ];
    guests = [ "tara" ];
    everyone = family ++ guests;
    media = with systems; lib.attrNames { inherit nas htpc; };
  };
in
{
  flake.secrets.home = {
    recipients.admins = [
      { name = "rosa"; age = rosa; }
      { name = "sven"; age = sven; }
    ];
    recipients.targets =
      lib.mapAttrsToList (name: key: { inherit name key; }) systems
      ++ [ { name = "tara"; age = users.tara; } ];
    secret = {
      wifiPassword = { targets = names.guests ++ [ "router" ]; };
      jellyfinApiKey.targets = names.media;
      resticPassword = with names; { admins = family; targets = [ "nas" ]; };
    };
  };
}
