{ lib, ... }:
with lib;
let
  p = rec {
    humans = { Alice = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; Bob = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; };
    admins = attrsets.mapAttrsToList (name: key: { inherit name key; }) humans;
    strict = true;
    suffix = optionalString strict "-strict";
    services = genAttrs [ "api" "jobs" ] (s: "svc-${s}${suffix}");
  };
in
{
  flake.secrets.PROD = {
    recipients.admins = p.admins;
    recipients.targets = [
      { name = p.services.api; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; }
      { name = p.services.jobs; key = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; }
    ];
    secret.API_KEY.targets = [ p.services.api ];
    secret.${toUpper "jobs"}.targets = attrValues p.services;
  };
  flake.secrets."prod.eu" = {
    recipients.admins = take 1 p.admins;
    secret.x = { };
  };
}
