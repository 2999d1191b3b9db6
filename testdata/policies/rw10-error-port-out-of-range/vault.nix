{ lib, ... }:
{
  options.vault = {
    host = lib.mkOption { type = lib.types.str; default = "vault.internal.example.com"; };
    port = lib.mkOption { type = lib.types.port; default = 8200; };
    engine = lib.mkOption { type = lib.types.str; default = "transit"; };
  };
}
