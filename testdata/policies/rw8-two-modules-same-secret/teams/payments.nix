{ lib, ... }:
{
  flake.secrets.prod = {
    recipients.admins = lib.mkBefore [ { name = "pay-lead"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; } ];
    recipients.targets = [ { name = "billing"; key = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; } ];
    secret.db-url.targets = [ "billing" ];
    secret.stripe-key.targets = [ "billing" ];
  };
}
