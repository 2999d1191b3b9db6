{ ... }: { networking.hostName = "router"; }
