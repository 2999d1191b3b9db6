{ ... }: { networking.hostName = "laptop-ana"; }
