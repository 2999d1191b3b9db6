{
  alpha = { ip = "10.0.0.10"; sshKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; };
  bravo = { ip = "10.0.0.11"; sshKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"; };
  # new box racked on Friday; key to be filled in after first boot
  charlie = { ip = "10.0.0.12"; };
}
