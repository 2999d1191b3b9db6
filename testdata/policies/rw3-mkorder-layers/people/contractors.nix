{ lib, ... }:
{
  flake.secrets.prod.recipients.admins = lib.mkOrder 1200 [ { name = "contractor"; age = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; } ];
}
