{ people, lib, ... }:
{
  imports = [ ../people.nix ];
  flake.secrets.dev = {
    recipients.admins = builtins.attrValues people;
    secret.db = { };
    secret.seed-data.admins = lib.filter (n: lib.hasPrefix "dev" n) (builtins.attrNames people);
  };
}
