{ lib, ... }: {
  flake.secrets.edge.secret.wireguard-psk.targets = lib.mkMerge [
    (lib.mkOverride 900 [ "pop-nyc" ])
    (lib.mkOverride 900 [ "pop-fra" ])
  ];
}
