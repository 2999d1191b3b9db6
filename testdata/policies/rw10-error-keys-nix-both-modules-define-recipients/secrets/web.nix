{ lib, ... }:
let k = import ../keys.nix { inherit lib; }; in
{
  flake.secrets.prod = {
    recipients = { admins = k.people; targets = k.hosts; };
    secret.session-key.targets = k.roles.web;
  };
}
