{ inventory.hosts = { nas = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; mon = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; }; }
