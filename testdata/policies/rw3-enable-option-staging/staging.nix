{ config, lib, ... }:
let
  cfg = config.secretsPolicy;
in
{
  config = lib.mkMerge [
    (lib.mkIf cfg.staging.enable {
      flake.secrets.staging = {
        recipients.admins = [ { name = "tess"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
        recipients.targets = [ { name = "stg-app"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
        secret.stripeKey.targets = [ "stg-app" ];
      };
    })
    (lib.mkIf cfg.canary.enable {
      flake.secrets.canary.recipients.admins = [ { name = "tess"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
    })
  ];
}
