{
  networking.hostName = "web-01";
  networking.domain = "eu1.example.net";
  roles = [ "web" "metrics" ];
  hostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop";
}
