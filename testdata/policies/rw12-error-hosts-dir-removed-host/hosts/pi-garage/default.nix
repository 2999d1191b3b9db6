{ ... }: { networking.hostName = "pi-garage"; }
