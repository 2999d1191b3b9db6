{ ... }: { networking.hostName = "hermes"; }
