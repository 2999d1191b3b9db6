{ lib, ... }:
let
  team = [
    { name = "lena"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; }
    { name = "omar"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; }
  ];
in
{
  flake.secrets.prod = {
    recipients.admins = team;
    recipients.targets = lib.mkDefault [ { name = "old-web"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; } ];
    secret.api-key = { targets = [ "web" ]; admins = lib.mkDefault [ "lena" ]; };
    secret.cdn-token.targets = [ "*" ];
  };
  flake.secrets.dev = {
    recipients.admins = team;
    secret.scratch = { };
  };
}
