{ lib, ... }:
let
  fleet = (lib.importTOML ./fleet.toml).host;
in
{
  _module.args.fleet = fleet;
  _module.args.mkTargets = names: map (n: { name = n; age = fleet.${n}.age; }) names;
}
