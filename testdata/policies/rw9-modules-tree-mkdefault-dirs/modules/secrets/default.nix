{ lib, ... }:
{
  imports = [ ./dev.nix ./staging.nix ./prod.nix ];
  flake.secrets = lib.genAttrs [ "dev" "staging" "prod" ] (env: {
    directory = lib.mkDefault "deploy/${env}/secrets";
    recipients.admins = import ./admins.nix;
  });
}
