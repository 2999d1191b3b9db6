{ lib, ... }:
{
  options.pubkey = lib.mkOption { type = lib.types.str; };
  options.env = lib.mkOption { type = lib.types.str; default = "prod"; };
}
