{ lib, ... }:
{
  flake.secrets = lib.genAttrs [ "dev" "prod" ] (env: { directory = "deploy/${env}/secrets"; });
}
