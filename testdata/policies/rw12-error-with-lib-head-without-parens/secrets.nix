{ lib, ... }:
with lib;
let
  inherit (import ./keys.nix) users hosts;
  environments = {
    prod = { admins = [ "sara" "tim" ]; hosts = [ "p1" "p2" ]; };
    test = { admins = [ "sara" "tim" "uwe" ]; hosts = [ "t1" ]; };
  };
  asRecipients = names: keys: zipListsWith (name: key: { inherit name key; }) names (attrVals names keys);
in
{
  flake.secrets = mapAttrs (env: cfg: {
    recipients.admins = asRecipients cfg.admins users;
    recipients.targets = asRecipients cfg.hosts hosts;
    secret = {
      db.targets = cfg.hosts;
      backup = { admins = [ "sara" ]; targets = [ head cfg.hosts ]; };
    };
  }) environments;
}
