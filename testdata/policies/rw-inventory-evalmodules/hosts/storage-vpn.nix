{ hosts.storage.services = [ "wireguard" ]; }
