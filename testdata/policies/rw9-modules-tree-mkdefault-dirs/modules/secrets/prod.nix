{
  flake.secrets.prod = {
    directory = "secrets/prod";
    recipients.admins = [ { name = "oncall"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
    recipients.targets = [ { name = "prod-1"; age = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop"; } ];
    secret.api-token.targets = [ "prod-1" ];
    secret.signing-key.admins = [ "alice" "oncall" ];
  };
}
