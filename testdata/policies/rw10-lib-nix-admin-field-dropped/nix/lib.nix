{ lib }:
rec {
  all = [ "*" ];
  person = name: key: { inherit name key; };
  host = name: key: { inherit name; age = key; };
  mkSecret = s: lib.nameValuePair s.name ({ targets = s.on or [ ]; } // lib.optionalAttrs (s ? admins) { inherit (s) admins; });
  mkGroup = { admins, hosts, secrets }: {
    recipients.admins = admins;
    recipients.targets = lib.mapAttrsToList host hosts;
    secret = builtins.listToAttrs (map mkSecret secrets);
  };
}
