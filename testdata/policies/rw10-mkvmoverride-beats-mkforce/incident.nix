{ lib, ... }: {
  # INC-2231: b is compromised, only a keeps the signing key until rotation
  flake.secrets.prod.secret.signing.targets = lib.mkVMOverride [ "a" ];
  flake.secrets.prod.secret.signing.admins = [ "sec" ];
}
