# Incident mode: prod is readable by the security team only; every other
# definition of prod is discarded.
{ lib, ... }:
{
  flake.secrets.prod = lib.mkForce {
    recipients.admins = [ { name = "security"; age = "age1zyv796nxv6307ynx7t8x5n2zfny060nr73dtlguvwjlqj99ta9qq907hhs"; } ];
    secret.db = { };
    secret.stripe = { };
  };
}
