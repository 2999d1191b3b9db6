{ ... }: { networking.hostName = "mediabox"; }
