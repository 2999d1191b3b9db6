{
  hel1 = { system = "x86_64-linux"; roles = [ "web" "nextcloud" "backup" ]; hostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; };
  fsn1 = { system = "x86_64-linux"; roles = [ "web" ]; hostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; };
  rpi = { system = "aarch64-linux"; roles = [ "backup" ]; hostKey = "age19n74zmav4lwz7faafhzk7sr56y7as7kqat093gcc6p0zfmwsqdpqp68kaj"; };
}
