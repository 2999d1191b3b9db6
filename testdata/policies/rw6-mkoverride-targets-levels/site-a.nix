{ lib, ... }: {
  flake.secrets.edge.secret.wireguard-psk.targets = lib.mkDefault [ "pop-sin" ];
  flake.secrets.edge.secret.wireguard-psk.admins = lib.mkOverride 900 [ ];
}
