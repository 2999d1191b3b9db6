{ lib, ... }:
{
  flake.secrets.prod.recipients.targets = lib.mkAfter [ { name = "late"; key = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; } ];
  flake.secrets.prod.recipients.admins = lib.mkBefore [ { name = "first"; age = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; } ];
}
