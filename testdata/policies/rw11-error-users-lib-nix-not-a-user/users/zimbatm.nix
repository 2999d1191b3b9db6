{ admin = true; keys = [ "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4" "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop" ]; }
