{ lib, ... }:
let
  machines = {
    kiosk1 = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79";
    kiosk2 = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy";
  };
in
{
  flake.secrets.retail = {
    recipients.admins = [ { name = "amir"; age = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; } ];
    recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) machines;
    secret.posApiKey.targets = builtins.attrNames hosts;
  };
}
