{ ... }: { networking.hostName = "zeus"; }
