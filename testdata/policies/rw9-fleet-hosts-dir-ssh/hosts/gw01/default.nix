{ ... }: { networking.hostName = "gw01"; system.stateVersion = "24.05"; }
