# A module factory: env.nix { env, hosts, admins } is a module.
{ env, hosts, admins }:
{ lib, ... }:
{
  flake.secrets.${env} = {
    recipients = {
      inherit admins;
      targets = lib.mapAttrsToList (name: key: { inherit name key; }) hosts;
    };
    secret."${env}-db".targets = [ "*" ];
    secret.grafana = { admins = [ "rhea" ]; targets = builtins.attrNames hosts; };
  };
}
