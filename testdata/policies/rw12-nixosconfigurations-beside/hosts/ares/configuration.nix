{ networking.hostName = "ares"; }
