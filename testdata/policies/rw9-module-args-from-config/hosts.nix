{ config, lib, ... }:
{
  options.machines = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
  config = {
    machines = { kiosk1 = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; kiosk2 = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; };
    _module.args.hosts = lib.mapAttrsToList (name: age: { inherit name age; }) config.machines;
  };
}
