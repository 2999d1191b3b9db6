{ config, lib, ... }:
let
  cfg = config.infra;
in
{
  flake.secrets.prod = {
    recipients.admins = [
      { name = "dba"; pgp = "3AA5C34371567BD2C4B0F2C0E9B5D3F2A1B4C6D8"; }
      { name = "sre"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; }
    ];
    recipients.targets = lib.mapAttrsToList (name: key: { inherit name key; }) cfg.hosts;
    secret = lib.listToAttrs (lib.concatLists (lib.mapAttrsToList
      (svc: s: map (secret: lib.nameValuePair secret { targets = s.hosts; }) s.secrets)
      cfg.services));
  };
}
