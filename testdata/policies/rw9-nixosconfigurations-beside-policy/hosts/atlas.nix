{ ... }: { networking.hostName = "atlas"; }
