{
  flake.secrets.k8s = {
    directory = "clusters/main/secrets";
    recipients.admins = [ { name = "flux-admin"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
    recipients.targets = [ { name = "flux"; age = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; } ];
    secret.grafana.targets = [ "flux" ];
    secret.alertmanager = { targets = [ "flux" ]; file = "clusters/main/secrets/alertmanager.json"; };
  };
}
