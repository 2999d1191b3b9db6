{ lib, ... }:
{
  flake.secrets.prod = {
    directory = "secrets/prod";
    recipients.targets = [
      { name = "app1"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; }
      { name = "app2"; age = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; }
      { name = "backup"; age = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; }
    ];
    secret.backup-key = {
      admins = lib.mkForce [ "bob" ];
      targets = [ "backup" ];
    };
    secret.grafana.targets = [ "app1" ];
    secret.app-env.targets = [ "app1" "app2" ];
  };
}
