{ ... }: { networking.hostName = "nas"; }
