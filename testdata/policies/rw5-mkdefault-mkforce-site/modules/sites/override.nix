{ lib, ... }:
{
  flake.secrets.edge.secret.snmp-community = {
    admins = lib.mkOverride 60 [ "fra-noc" ];
    targets = [ "fra-lab" ];
  };
}
