{ config, lib, ... }:
{
  flake.secrets.prod.secret = lib.mapAttrs (_: _: { targets = lib.mkDefault [ "*" ]; }) config.flake.secrets.prod.secret;
}
