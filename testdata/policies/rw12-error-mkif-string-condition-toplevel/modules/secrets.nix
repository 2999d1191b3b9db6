{ config, lib, ... }:
let
  cfg = config.infra;
in
{
  config = lib.mkMerge [
    {
      infra.admins = [
        { name = "ops"; age = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; }
      ];
      flake.secrets.prod = {
        recipients.admins = cfg.admins;
        secret.app = { };
      };
    }
    (lib.mkIf "yes" {
      flake.secrets.staging = {
        recipients.admins = cfg.admins;
        secret.app = { };
      };
    })
  ];
}
