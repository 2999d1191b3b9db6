{ lib, ... }:
{
  options.infra = {
    enableStaging = lib.mkEnableOption "the staging environment";
    admins = lib.mkOption {
      type = lib.types.listOf lib.types.attrs;
      default = [ ];
    };
  };
}
