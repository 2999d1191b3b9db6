# Meant as per-leaf defaults, but mkDefault applies to the whole value: as soon as
# another module defines flake.secrets at normal priority, all of this is dropped.
{ lib, ... }:
{
  flake.secrets = lib.mkDefault {
    sandbox = {
      recipients.admins = [ { name = "everyone"; age = "age12acvyncfulp56ekp788f5kgxd5lcr3zvp04c4hgjy40xha3my4fsqlmpmm"; } ];
      secret.playground = { };
    };
  };
}
