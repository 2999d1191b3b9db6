{
  flake.secrets.shop = {
    recipients.admins = [ { name = "owner"; age = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; } ];
    recipients.targets = [ { name = "vps"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop"; } ];
    secret.stripe-key.targets = [ "vps" ];
  };
}
