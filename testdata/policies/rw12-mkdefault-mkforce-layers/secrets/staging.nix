{ lib, ... }:
{
  flake.secrets.staging = {
    recipients.targets = lib.mkForce [ { name = "stg"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; } ];
    secret.backup-key.admins = [ "carol" ];
    secret.app-env.targets = [ "stg" ];
  };
}
