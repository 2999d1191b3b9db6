{ config, lib, ... }:
let
  all = { old1 = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; old2 = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; new1 = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; new2 = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; };
  live = lib.filterAttrs (n: _: !lib.elem n config.decommissioned) all;
in
{
  flake.secrets.prod = {
    recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
    recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) live;
    secret.fleet.targets = lib.subtractLists config.decommissioned (lib.attrNames all);
  };
}
