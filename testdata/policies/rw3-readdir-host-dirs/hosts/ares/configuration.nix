{ ... }: { networking.hostName = "ares"; }
