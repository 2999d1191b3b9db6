{ lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.hosts = mkOption {
    type = types.attrsOf (types.submodule {
      options = {
        publicKey = mkOption { type = types.str; };
        environment = mkOption { type = types.enum [ "prod" "staging" ]; default = "prod"; };
        roles = mkOption { type = types.listOf types.str; default = [ ]; };
      };
    });
    default = { };
  };
}
