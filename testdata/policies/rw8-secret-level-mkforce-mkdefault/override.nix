{ lib, ... }:
{
  flake.secrets.prod.secret = {
    s1.targets = lib.mkForce [ "b" ];
    s1.admins = lib.mkForce [ "ops" ];
    s2.targets = [ "a" "b" ];
    s3.file = "custom/s3.json";
  };
}
