{ lib, ... }:
let
  services = [ "minio" "loki" "tempo" "mimir" "argocd" ];
in
{
  flake.secrets.prod.secret = lib.genAttrs services (_: {
    admins = lib.mkDefault [ "oncall-a" "oncall-b" ];
    targets = lib.mkDefault [ "*" ];
  });
}
