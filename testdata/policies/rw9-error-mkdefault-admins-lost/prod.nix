{
  flake.secrets.prod = {
    recipients.admins = [ { name = "oncall"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ];
    secret.root-ca.admins = [ "alice" "oncall" ];
  };
}
