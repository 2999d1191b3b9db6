# Who may decrypt what. Admins read every secret of their group unless the
# secret narrows `admins`; targets (machines) read only what names them.
let
  keys = import ./keys.nix;
  person = name: { inherit name; age = keys.people.${name}; };
  host = name: { inherit name; age = keys.hosts.${name}; };
in
{
  flake.secrets = {
    dev = {
      recipients.admins = map person [ "alice" "bob" "carol" ];
      recipients.targets = [ (host "dev1") ];
      secret = {
        databaseUrl.targets = [ "*" ];
        stripeKey = { };
      };
    };

    staging = {
      recipients.admins = map person [ "alice" "bob" "carol" ] ++ [
        { name = "ci"; kms = keys.kms.staging; }
      ];
      recipients.targets = [ (host "staging1") ];
      secret = {
        databaseUrl.targets = [ "staging1" ];
        stripeKey.targets = [ "staging1" ];
      };
    };

    prod = {
      recipients.admins = map person [ "alice" "bob" ] ++ [
        # Hybrid: KMS for everyday automation, the paper age key for recovery.
        { name = "ops"; kms = keys.kms.prod; age = keys.recovery; }
      ];
      recipients.targets = map host [ "web1" "web2" "db1" ];
      secret = {
        databaseUrl.targets = [ "web1" "web2" "db1" ];
        stripeKey.targets = [ "web1" "web2" ];
        # The app reads its environment from a dotenv file.
        appEnv = {
          file = "secrets/prod/app.env";
          targets = [ "web1" "web2" ];
        };
        # Only alice and the recovery path may restore backups.
        backupPassphrase = {
          admins = [ "alice" "ops" ];
          targets = [ "db1" ];
        };
      };
    };
  };
}
