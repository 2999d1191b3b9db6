{
  flake.secrets.prod.secret.tls-wildcard.admins = [ "sina" ];
  flake.secrets.prod.recipients.targets = [ { name = "ingress-2"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; } ];
}
