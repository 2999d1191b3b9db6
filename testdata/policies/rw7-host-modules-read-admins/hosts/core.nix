{ config, lib, ... }:
let admins = config.flake.secrets.prod.recipients.admins; in
{
  flake.secrets.prod.recipients.targets = [ { name = "core"; key = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ];
  flake.secrets.prod.secret.core-token = {
    admins = [ (builtins.head admins).name ];
    targets = [ "core" ];
  };
}
