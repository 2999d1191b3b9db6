{ config, lib, ... }:
let
  hostsIn = env: lib.filterAttrs (_: h: h.env == env) config.fleet.hosts;
  targetsIn = env: lib.mapAttrsToList (name: h: { inherit name; key = h.pubkey; }) (hostsIn env);
  admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
in
{
  flake.secrets = lib.genAttrs [ "staging" "prod" ] (env: {
    recipients = { inherit admins; targets = targetsIn env; };
    secret.tls-key.targets = [ "*" ];
    secret.db-password.targets = lib.attrNames (hostsIn env);
  });
}
