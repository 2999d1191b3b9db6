{ ... }: { networking.hostName = "web01"; system.stateVersion = "24.05"; }
