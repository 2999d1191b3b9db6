{ networking.hostName = "hera"; }
