{ inputs, ... }: {
  imports = [ inputs.secrets-lsp.flakeModules.default ];
  flake.secrets.prod = {
    recipients.admins = [ { name = "ben"; age = "age1mclqrces9qjde32qya2cjsep83q6ttfq6ahnjwut2rsgtrlfngwsr50z6g"; } ];
    recipients.targets = [ { name = "k3s"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; } ];
    secret.cluster-token.targets = [ "k3s" ];
  };
}
