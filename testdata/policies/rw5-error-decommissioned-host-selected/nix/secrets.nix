{ lib, ... }:
let
  hostDirs = lib.filterAttrs (_: t: t == "directory") (builtins.readDir ../hosts);
  hosts = lib.mapAttrs (dir: _: import (../hosts + "/${dir}")) hostDirs;
  fleet = lib.mapAttrsToList (_: h: {
    name = h.networking.hostName;
    key = h.hostKey;
  }) hosts;
  withRole = role: lib.pipe hosts [
    (lib.filterAttrs (_: h: lib.elem role h.roles))
    lib.attrValues
    (map (h: h.networking.hostName))
  ];
in
{
  flake.secrets.eu1 = {
    recipients.admins = [
      { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
      { name = "backup-escrow"; age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; }
    ];
    recipients.targets = fleet;
    secret = {
      tls-wildcard.targets = withRole "web";
      postgres-superuser = { admins = [ "ops" ]; targets = withRole "postgres"; };
      node-exporter-token.targets = withRole "metrics";
      jump-authorized-keys.targets = [ "jump" ];
    };
  };
}
