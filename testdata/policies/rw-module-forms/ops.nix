{ lib, config, ... }:
let
  cfg = config.flake.secrets.prod;
in
{
  imports = [ ./common.nix ./legacy.nix ];
  config = lib.mkMerge [
    {
      flake.secrets.prod.recipients.targets = [ { name = "backup-host"; age = "age1yh52lrj3c5y5ga405ud2n5hk8fhplgcex3f7e8uvjq37quc7hpnqekxyz8"; } ];
      flake.secrets.prod.secret.tls.file = "${cfg.directory}/tls.crt.pem";
    }
    (lib.mkIf (builtins.pathExists ./restic-repo.txt) {
      flake.secrets.prod.secret.restic = { targets = [ "backup-host" ]; file = "${cfg.directory}/restic.env"; };
    })
  ];
}
