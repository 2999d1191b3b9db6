{
  hosts = { mx1 = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; mon = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlvceyx2Z7t1rCPlt2oFghSCIACee9xiAshq9jo2x6H d@laptop"; };
  services = {
    mail.postfix.hosts = [ "mx1" ];
    monitoring.grafana = { };
  };
}
