{
  alpha = { key = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; wireguard = true; backups = true; };
  beta = { key = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; wireguard = true; backups = false; };
  gamma = { key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop"; wireguard = false; backups = true; };
}
