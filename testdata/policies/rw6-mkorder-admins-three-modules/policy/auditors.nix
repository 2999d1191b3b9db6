{ lib, ... }:
{
  flake.secrets.infra.recipients.admins = lib.mkAfter [
    { name = "auditor-a"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; }
    { name = "auditor-b"; age = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; }
  ];
}
