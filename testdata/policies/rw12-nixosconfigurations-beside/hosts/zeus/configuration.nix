{ networking.hostName = "zeus"; }
