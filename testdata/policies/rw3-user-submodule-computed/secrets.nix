{ config, lib, ... }:
let
  hosts = config.inventory.hosts;
  builders = lib.filterAttrs (_: h: h.isBuilder) hosts;
in
{
  flake.secrets.ci = {
    recipients.admins = [ { name = "wes"; age = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; } ];
    recipients.targets = map (h: h.recipient) (lib.attrValues hosts);
    secret.remoteBuilderKey.targets = lib.mapAttrsToList (_: h: h.hostName) builders;
    secret.cacheSigningKey.targets = [ hosts.cache.hostName ];
  };
}
