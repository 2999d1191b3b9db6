{ lib, ... }:
{
  flake.secrets.prod.secret = lib.genAttrs [ "metrics" "logs" "db" ] (_: { targets = lib.mkOptionDefault [ "*" ]; });
}
