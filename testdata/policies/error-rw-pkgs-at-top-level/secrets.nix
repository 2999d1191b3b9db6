{ pkgs, ... }:
{
  flake.secrets.prod = {
    recipients.admins = pkgs.lib.mapAttrsToList (name: age: { inherit name age; }) { ops = "age1adzwww308hql86q3z9getwnfd4lkth7qs278mk75az9pchtckyrqrp56yz"; };
    secret.token = { };
  };
}
