{ config, lib, ... }:
let
  active = env: lib.filterAttrs (_: h: h.enable && h.env == env && h.hostKey != null) config.fleet.hosts;
  targetsOf = env: lib.mapAttrsToList (name: h: { inherit name; key = h.hostKey; }) (active env);
in
{
  flake.secrets.prod = {
    recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
    recipients.targets = targetsOf "prod";
    secret.tls-wildcard.targets = [ "*" ];
    secret.db-root.targets = [ "db1" ];
  };
  flake.secrets.staging = {
    recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "dev"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
    recipients.targets = targetsOf "staging";
    secret.tls-wildcard.targets = [ "*" ];
  };
}
