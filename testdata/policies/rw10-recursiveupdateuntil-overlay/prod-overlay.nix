{
  directory = "secrets/production";
  secret.queue = { targets = [ "worker" ]; };
  secret.payments.targets = [ "app" ];
}
