{ lib, ... }:
{
  flake.secrets.prod.secret = {
    argocd.targets = [ "k3s-1" ];
    minio = { targets = [ "k3s-2" "bastion" ]; admins = [ "cto" ]; };
    loki.admins = lib.mkForce [ "oncall-b" ];
  };
}
