{ config, lib, ... }:
{
  infra.services.postgres = {
    hosts = lib.filter (lib.hasPrefix "db-") (builtins.attrNames config.infra.hosts);
    secrets = [ "postgres-superuser" "postgres-replication" ];
  };
}
