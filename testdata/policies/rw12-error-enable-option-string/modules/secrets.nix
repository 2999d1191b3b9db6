{ config, lib, ... }:
let
  cfg = config.infra;
in
{
  config = lib.mkMerge [
    {
      infra.admins = [
        { name = "ops"; age = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; }
        { name = "sec"; pgp = "4E1F799AA4FF2279AB29B8E4C2C0A6D8E3F10A55"; }
      ];
      flake.secrets.prod = {
        recipients.admins = cfg.admins;
        recipients.targets = [ { name = "prod-app"; age = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; } ];
        secret.app.targets = [ "prod-app" ];
      };
    }
    (lib.mkIf cfg.enableStaging {
      flake.secrets.staging = {
        recipients.admins = cfg.admins;
        recipients.targets = [ { name = "stg-app"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; } ];
        secret.app.targets = [ "stg-app" ];
      };
    })
  ];
}
