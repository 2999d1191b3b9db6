{ lib, ... }: { flake.secrets.prod.recipients.admins = lib.mkBefore [ { name = "breakglass"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ]; }
