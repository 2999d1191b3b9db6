{ lib, ... }:
let
  team = {
    ana = { key = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; tags = [ "backend" "lead" ]; };
    ben = { key = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; tags = [ "frontend" ]; };
    cho = { key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; tags = [ "backend" ]; };
  };
in
{
  _module.args = {
    inherit team;
    recipientsWith = tag: lib.mapAttrsToList (name: m: { inherit name; inherit (m) key; }) (lib.filterAttrs (_: m: builtins.elem tag m.tags) team);
  };
}
