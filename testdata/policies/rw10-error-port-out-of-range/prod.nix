{ config, lib, ... }:
let
  v = config.vault;
  transit = key: "https://${v.host}:${toString v.port}/v1/${v.engine}/keys/${key}";
in
{
  vault.port = 82000;
  vault.engine = "sops/transit";
  flake.secrets.prod = {
    recipients.admins = [
      { name = "vault"; hcVaultTransit = transit "prod-secrets"; }
      { name = "breakglass"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
    ];
    secret.postgres-superuser = { };
    secret.smtp-relay.admins = [ "vault" ];
  };
}
