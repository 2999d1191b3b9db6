{ lib, ... }:
{ decommissioned = lib.mkAfter [ "old2" ]; }
