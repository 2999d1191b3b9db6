{ lib, ... }:
{
  flake.secrets.prod = {
    directory = "deploy/prod/secrets";
    recipients.admins = [
      { name = "lea"; age = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr"; }
      { name = "ci-github"; kms = "arn:aws:kms:eu-central-1:123456789012:alias/sops-ci"; }
      { name = "mo"; age = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; }
    ];
    recipients.targets = [
      { name = "api"; age = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop"; }
      { name = "worker"; age = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p"; }
    ];
    secret.database.targets = [ "api" "worker" ];
    secret.sentryDsn.targets = [ "api" ];
    secret.terraformState = { };
  };
}
