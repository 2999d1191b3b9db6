{ config, lib, ... }:
let
  keys = { kai = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; lu = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; mo = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; };
  people = names: map (n: { name = n; age = keys.${n}; }) (lib.unique names);
in
{
  flake.secrets.prod = {
    recipients.admins = people (config.roles.admin ++ config.roles.dba);
    secret.pg-superuser.admins = config.roles.dba;
    secret.app = { };
  };
}
