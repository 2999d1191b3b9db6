{ lib, ... }:
let
  keys = import ./keys.nix;
  person = name: { inherit name; age = keys.people.${name}; };
  host = name: { inherit name; key = keys.hosts.${name}; };
  everyone = map person [ "alice" "bob" "carol" ];
  seniors = map person [ "alice" "bob" ];
in
{
  flake.secrets = {
    dev = {
      recipients.admins = everyone ++ [ { name = "ci"; age = keys.ci.dev; } ];
      recipients.targets = [ (host "dev1") ];
      secret = {
        databaseUrl.targets = [ "*" ];
        stripeTestKey = { };
      };
    };

    staging = {
      recipients.admins = everyone ++ [ { name = "ci"; kms = keys.ci.staging; } ];
      recipients.targets = map host [ "staging1" "staging2" ];
      secret = {
        databaseUrl.targets = [ "*" ];
        stripeKey.targets = [ "staging1" ];
      };
    };

    prod = {
      # carol is new: no production access yet.
      recipients.admins = seniors ++ [
        { name = "ci"; kms = keys.ci.prod; age = keys.people.alice; }
      ];
      recipients.targets = map host [ "web1" "web2" "db1" ];
      secret = {
        databaseUrl.targets = [ "web1" "web2" "db1" ];
        stripeKey.targets = [ "web1" "web2" ];
        backupPassphrase = {
          admins = [ "alice" ];
          targets = [ "db1" ];
        };
      };
    };
  };
}
