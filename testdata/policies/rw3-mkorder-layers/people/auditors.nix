{ lib, ... }:
{
  flake.secrets.prod.recipients.admins = lib.mkAfter [
    { name = "auditor"; pgp = "0123456789abcdef0123456789abcdef01234567"; }
  ];
}
