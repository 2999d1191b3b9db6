{ lib, ... }: {
  flake.secrets.prod.secret.signing.targets = lib.mkForce [ "c" ];
  flake.secrets.prod.secret.signing.admins = lib.mkDefault [ "dev" ];
}
