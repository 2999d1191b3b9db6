{ keys }:
{ lib, ... }: {
  flake.secrets.release = {
    recipients.admins = [ { name = "ana"; age = keys.ana; } { name = "ben"; age = keys.ben; } ];
    recipients.targets = [ { name = "ci"; kms = keys.ci; } ];
    secret.npm-token.targets = [ "ci" ];
    secret.gpg-signing-key.targets = [ "ci" ];
  };
}
