{ lib, ... }:
{ options.decommissioned = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; }
