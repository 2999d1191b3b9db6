{ config, lib, ... }:
{
  flake.secrets.prod.secret.app-env.target = [ "app" ];
}
