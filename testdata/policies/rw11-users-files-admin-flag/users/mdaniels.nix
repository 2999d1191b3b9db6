{ admin = false; keys = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop" ]; }
