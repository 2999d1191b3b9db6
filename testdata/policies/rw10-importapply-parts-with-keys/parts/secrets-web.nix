{ keys }:
{ lib, ... }: {
  flake.secrets.web = {
    recipients.admins = keys.admins;
    recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) keys.web;
    secret.session.targets = [ "*" ];
  };
}
