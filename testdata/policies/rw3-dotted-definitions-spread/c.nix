{ lib, ... }:
let env = "prod"; in
{
  flake.secrets.${env}.secret."tls-wildcard".targets = lib.mkOverride 900 [ "ingress-1" ];
}
