{ config, lib, ... }:
let
  cfg = config.secretsPolicy;
in
{
  options.secretsPolicy = {
    staging.enable = lib.mkEnableOption "the staging group";
    canary.enable = lib.mkEnableOption "the canary group";
    extraAdmins = lib.mkOption {
      type = lib.types.listOf lib.types.attrs;
      default = [ ];
    };
  };
  config.flake.secrets.prod = {
    recipients.admins = [ { name = "tess"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ] ++ cfg.extraAdmins;
    secret.stripeKey = { };
  };
}
