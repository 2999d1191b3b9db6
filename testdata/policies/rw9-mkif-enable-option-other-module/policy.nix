{ config, lib, ... }:
{
  flake.secrets.prod = lib.mkMerge [
    {
      recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
      secret.db = { };
    }
    (lib.mkIf config.features.monitoring {
      recipients.targets = [ { name = "prometheus"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
      secret.grafana.targets = [ "prometheus" ];
    })
    (lib.mkIf config.features.tracing {
      recipients.targets = [ { name = "tempo"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
      secret.tempo-s3.targets = [ "tempo" ];
    })
  ];
}
