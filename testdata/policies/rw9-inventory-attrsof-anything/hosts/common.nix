{
  inventory.alpha.net.gateway = "10.1.0.254";
  inventory.beta.keys.ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop";
}
