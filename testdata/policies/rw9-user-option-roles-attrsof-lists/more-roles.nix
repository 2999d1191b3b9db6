{ lib, ... }:
{
  roles.admin = lib.mkAfter [ "lu" ];
  roles.dba = [ "mo" ];
}
