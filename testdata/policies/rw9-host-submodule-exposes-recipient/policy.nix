{ config, lib, ... }:
let
  inGroup = g: lib.filterAttrs (_: h: h.group == g) config.hosts;
in
{
  flake.secrets = lib.recursiveUpdate (lib.genAttrs [ "prod" "tools" ] (g: {
    recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
    recipients.targets = lib.mapAttrsToList (_: h: h.recipient) (inGroup g);
    secret.node-token.targets = [ "*" ];
  })) {
    prod.secret.haproxy-stats.targets = lib.attrNames (lib.filterAttrs (_: h: h.critical) (inGroup "prod"));
  };
}
