{ lib, ... }:
{
  flake.secrets.edge = {
    directory = lib.mkDefault "secrets/edge-default";
    recipients.admins = lib.mkDefault [ { name = "netops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
    secret.bgp-md5.targets = lib.mkDefault [ "*" ];
    secret.snmp-community.targets = lib.mkDefault [ "*" ];
  };
}
