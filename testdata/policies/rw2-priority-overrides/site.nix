{ lib, ... }:
{
  flake.secrets.prod = {
    # Production is locked down to the security team, whatever base.nix says.
    recipients.admins = lib.mkForce [ { name = "secops"; age = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; kms = "arn:aws:kms:eu-west-1:111122223333:alias/secops"; } ];
    recipients.targets = lib.mkOverride 900 [
      { name = "web"; age = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; }
      { name = "worker"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; }
    ];
    secret.api-key = { targets = [ "worker" "web" ]; admins = [ "secops" ]; };
  };
}
