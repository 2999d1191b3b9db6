{ config, ... }:
{
  flake.secrets.staging = {
    recipients.admins = [ { name = "bea"; age = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; } ];
    recipients.targets = config.flake.secrets.prd.recipients.targets;
    secret.sessionKey.targets = [ "web" ];
  };
}
