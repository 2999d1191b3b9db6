{ lib, keys }: {
  recipients.admins = [ { name = "ana"; age = keys.ana; } ];
  recipients.targets = [ { name = "mx1"; key = keys.mx1; } ];
  secret.dkim-private.targets = [ "mx1" ];
}
