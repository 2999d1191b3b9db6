{ lib, ... }:
{
  flake.secrets.one.recipients.admins = lib.mkOptionDefault [ { name = "opt-default-2"; age = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; } ];
  flake.secrets.one.secret.s = { };
  flake.secrets.two.recipients.admins = lib.mkDefault [ { name = "wins"; age = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; } ];
  flake.secrets.two.secret.s = { };
  flake.secrets.three.recipients.admins = lib.mkAfter [ { name = "plain-after"; age = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; } ];
  flake.secrets.three.secret.s = { };
  flake.secrets.four.recipients.targets = lib.mkIf false [ { name = "gone"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; } ];
  flake.secrets.four.secret.s.targets = [ "*" ];
}
