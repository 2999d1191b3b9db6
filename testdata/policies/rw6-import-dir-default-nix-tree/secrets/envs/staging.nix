{
  flake.secrets.staging = {
    directory = "secrets/stg";
    recipients.targets = [ { name = "app-stg"; key = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ];
    secret.db-url.targets = [ "*" ];
  };
}
