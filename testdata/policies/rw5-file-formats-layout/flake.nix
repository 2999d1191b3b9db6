{
  description = "Per-secret file layouts of a real repo: a group directory under hosts/, dotenv/json/ini/binary files via file, a nested subdirectory, one secret keeping the default path; two groups sharing one directory with distinct secret names (legal)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        owner = { name = "kim"; age = "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq"; };
        box = { name = "nas"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop"; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.nas = {
          directory = "hosts/nas/secrets";
          recipients.admins = [ owner ];
          recipients.targets = [ box ];
          secret = {
            samba = { targets = [ "nas" ]; file = "hosts/nas/secrets/samba.env"; };
            syncthing-key = { targets = [ "nas" ]; file = "hosts/nas/secrets/syncthing/key.pem"; };
            rclone-conf = { targets = [ "nas" ]; file = "hosts/nas/secrets/rclone.ini"; };
            zfs-raw-key = { targets = [ "nas" ]; file = "hosts/nas/secrets/zfs/tank.key"; };
            immich-db.targets = [ "nas" ];
          };
        };
        flake.secrets.nas-offsite = {
          directory = "hosts/nas/secrets";
          recipients.admins = [ owner ];
          secret.b2-application-key.file = "hosts/nas/secrets/b2.json";
          secret.restic-password = { };
        };
      });
}
