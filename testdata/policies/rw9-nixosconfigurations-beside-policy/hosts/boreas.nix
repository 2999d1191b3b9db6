{ ... }: { networking.hostName = "boreas"; }
