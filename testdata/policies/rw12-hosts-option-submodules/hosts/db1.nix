{ hosts.db1 = { publicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKkb0lnjToGItt/DXZHzoWW3LH+LmSSW1cnS9opkOBhh root@h8"; roles = [ "db" ]; }; }
