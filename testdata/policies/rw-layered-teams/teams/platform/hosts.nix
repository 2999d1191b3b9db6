{ lib, ... }:
let
  keys = import ../../keys.nix { inherit lib; };
in
{
  flake.secrets.platform.recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; })
    (lib.filterAttrs (name: _: name != "cache") keys.hosts);
  flake.secrets.platform.recipients.admins = lib.mkOrder 1200 [ { name = "ci"; kms = "arn:aws:kms:eu-west-1:123456789012:alias/platform-ci"; } ];
}
