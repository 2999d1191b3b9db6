{
  flake.secrets.dev = {
    recipients.targets = [ { name = "devbox"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
    secret.api.targets = [ "devbox" ];
  };
}
