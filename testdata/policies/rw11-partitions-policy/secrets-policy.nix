{
  flake.secrets.prod = {
    recipients.admins = [ { name = "ana"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } { name = "vault"; hcVaultTransit = "https://vault.internal:8200/v1/transit/keys/sops-prod"; } ];
    recipients.targets = [ { name = "k3s"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; } ];
    secret.cluster-token.targets = [ "k3s" ];
  };
}
