{ ... }: { networking.hostName = "castor"; }
