{
  secrets.lab = {
    recipients.admins = [ { name = "ana"; age = "age12xxnq0txjc8wu92q9dq0rdrrjlufg586hp7n9rcm42f90sjcwuxq8grfwj"; } ];
    recipients.targets = [ { name = "rpi"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop"; } ];
    secret.wifi.targets = [ "rpi" ];
  };
}
