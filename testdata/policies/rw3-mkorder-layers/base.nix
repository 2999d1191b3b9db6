{ lib, ... }:
{
  flake.secrets.staging = {
    recipients.admins = lib.mkDefault [ { name = "nobody-yet"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; } ];
    secret.seedData = { };
  };
  flake.secrets.prod.secret = {
    rootCA = { };
    pagerdutyKey = { admins = [ "esc-1" "platform-b" ]; };
  };
}
