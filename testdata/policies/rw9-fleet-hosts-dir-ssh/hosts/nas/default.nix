{ ... }: { networking.hostName = "nas"; system.stateVersion = "24.05"; }
