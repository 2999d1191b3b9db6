{ team, lib, ... }:
{
  flake.secrets.dev = {
    recipient.admins = team.admins;
    secret.app = { };
    secret.fixtures.admins = lib.take 1 (map (a: a.name) team.admins);
  };
}
