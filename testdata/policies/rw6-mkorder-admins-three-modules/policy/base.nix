{ lib, ... }:
{
  flake.secrets.infra = lib.mkMerge [
    { recipients.admins = [ { name = "alice"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } ]; }
    { recipients.admins = lib.mkOrder 700 [ { name = "platform-ci"; age = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ]; }
    {
      recipients.targets = [
        { name = "bastion"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; }
        { name = "runner"; key = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; }
      ];
      secret.github-app-key.targets = [ "runner" ];
      secret.bastion-host-key.targets = [ "bastion" ];
      secret.break-glass.admins = [ "breakglass" ];
    }
  ];
}
