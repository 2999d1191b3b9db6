{ lib, ... }:
let
  admins = import ../keys/admins.nix;
  common = {
    recipients.admins = admins;
    directory = lib.mkDefault "secrets/shared";
    recipients.targets = lib.mkDefault [ ];
    secret.backup-key.admins = lib.mkDefault [ "alice" ];
    secret.grafana.admins = [ "alice" "bob" ];
  };
in
{
  flake.secrets = lib.genAttrs [ "prod" "staging" ] (_: common);
}
