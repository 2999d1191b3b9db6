{ lib, ... }:
{
  flake.secrets.prod.recipients.admins = lib.mkAfter [
    { name = "bruno"; pgp = "1234567890ABCDEF1234567890ABCDEF12345678"; }
  ];
}
