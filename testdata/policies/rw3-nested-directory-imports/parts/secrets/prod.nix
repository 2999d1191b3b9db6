{ lib, ... }:
{
  flake.secrets.prod = {
    recipients.targets = [ { name = "prod-db"; key = lib.fileContents ./keys/prod-db.pub; } ];
    secret.pgPassword.targets = [ "prod-db" ];
  };
}
