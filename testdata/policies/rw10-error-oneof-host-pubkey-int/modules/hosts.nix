{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.fleet.hosts = mkOption {
    type = types.attrsOf (types.submodule {
      options = {
        pubkey = mkOption { type = types.oneOf [ types.str (types.listOf types.str) ]; };
        env = mkOption { type = types.enum [ "staging" "prod" ]; default = "prod"; };
      };
    });
    default = { };
  };
}
