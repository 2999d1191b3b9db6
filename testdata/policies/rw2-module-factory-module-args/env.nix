# A module factory: env.nix { env, hosts } is a module.
{ env, hosts }:
{ lib, admins, ... }:
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
