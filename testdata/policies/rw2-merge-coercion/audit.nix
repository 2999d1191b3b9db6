{ lib, ... }:
{
  flake.secrets.edge.secret.token.admins = lib.mkDefault [ "pat" "quinn" ];
}
