{ name, lib, ... }: {
  imports = [ ./host-domain.nix ];
  options.roles = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
  options.fqdn = lib.mkOption { type = lib.types.str; };
  config.roles = [ "common" ];
}
