{
  imports = [ ./breakglass.nix ];
  flake.secrets.prod = {
    recipients.admins = [ { name = "dev-lead"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ];
    recipients.targets = [ { name = "k8s"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
    secret.cluster-admin-token = { targets = [ "k8s" ]; admins = [ "breakglass" "cto" ]; };
    secret.app-env.targets = [ "k8s" ];
  };
}
