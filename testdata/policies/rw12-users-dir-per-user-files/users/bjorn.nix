{
  name = "bjorn";
  age = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKkb0lnjToGItt/DXZHzoWW3LH+LmSSW1cnS9opkOBhh root@h8";
  groups = [ "dev" ];
}
