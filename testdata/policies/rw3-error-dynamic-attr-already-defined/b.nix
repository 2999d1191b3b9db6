{ lib, ... }:
{
  flake.secrets.prod.secret.tls-wildcard.file = "certs/wildcard.acme.com.pem";
  flake.secrets.prod.secret.tls-wildcard.targets = lib.mkDefault [ "*" ];
  flake.secrets.prod.secret.ingress-basic-auth.targets = [ "ingress-1" "ingress-2" ];
}
