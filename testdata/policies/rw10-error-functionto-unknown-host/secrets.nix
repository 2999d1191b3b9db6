{ config, ... }:
let mk = name: { inherit name; age = config.keyFor name; }; in
{
  flake.secrets.edge = {
    recipients.admins = [ (mk "ana") ];
    recipients.targets = map mk [ "gw1" "gw2" "gw3" ];
    secret.wireguard-gw1.targets = [ "gw1" ];
    secret.wireguard-gw2.targets = [ "gw2" ];
  };
}
