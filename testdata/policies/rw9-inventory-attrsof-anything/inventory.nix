{ lib, ... }:
{ options.inventory = lib.mkOption { type = lib.types.attrsOf lib.types.anything; default = { }; }; }
