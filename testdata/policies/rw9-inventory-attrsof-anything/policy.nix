{ config, lib, ... }:
let
  hostsWith = role: lib.attrNames (lib.filterAttrs (_: h: h.role == role) config.inventory);
in
{
  flake.secrets.prod = {
    recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
    recipients.targets = lib.mapAttrsToList (name: h: { inherit name; key = lib.attrValues h.keys; }) config.inventory;
    secret.pg.targets = hostsWith "db";
    secret.tls.targets = hostsWith "web";
  };
}
