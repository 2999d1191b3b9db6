{ self, lib, ... }:
let
  people = import "${self}/keys/people.nix";
  hosts = lib.importJSON (self + "/keys/hosts.json");
in
{
  flake.secrets.prod = {
    recipients.admins = lib.mapAttrsToList (name: key: { inherit name key; }) people;
    recipients.targets = lib.mapAttrsToList (name: h: { inherit name; age = h.pub; }) hosts;
    secret.backup-passphrase.targets = lib.attrNames hosts;
  };
}
