# Applied with flake-parts.lib.importApply: the first argument is static.
{ people, hosts }:
{ lib, ... }:
{
  flake.secrets.prod = {
    recipients.admins = map (name: { inherit name; age = people.${name}; }) (lib.attrNames people);
    recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) hosts;
    secret.smtp-relay.targets = [ "mx1" "mx2" ];
    secret.ldap-bind.targets = [ "*" ];
  };
}
