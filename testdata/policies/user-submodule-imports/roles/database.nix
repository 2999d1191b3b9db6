{ lib, ... }: {
  imports = [ ../host-domain.nix ];
  roles = [ "database" ];
  domain = "internal";
}
