{ config, lib, ... }:
let
  hostsIn = env: lib.filterAttrs (_: h: h.environment == env) config.hosts;
  withRole = role: hosts: lib.attrNames (lib.filterAttrs (_: h: lib.elem role h.roles) hosts);
  admins = [
    { name = "wanda"; age = "age1fx82v7xa2hwl4k8lkuxcsrnsjvta53dqx38y6pd02unjd3c285hs898u5a"; }
    { name = "xavi"; age = "age1wr0d2ynqjmyfwza4z7ave57d2qjans7skj7knfkkzqmkrqqrdspql77fwg"; }
  ];
  mkEnv = env:
    let hosts = hostsIn env;
    in {
      recipients.admins = admins;
      recipients.targets = lib.mapAttrsToList (name: h: { inherit name; age = h.publicKey; }) hosts;
      secret.postgres.targets = withRole "db" hosts;
      secret.app-env.targets = withRole "app" hosts;
      secret.node-exporter-tls.targets = [ "*" ];
    };
in
{
  flake.secrets = lib.genAttrs [ "prod" "staging" ] mkEnv;
}
