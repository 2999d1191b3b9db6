{ lib, ... }:
let
  org = import ../lib.nix { inherit lib; };
in
{
  flake.secrets = lib.genAttrs org.envs (env: {
    secret = org.serviceSecrets env "platform" {
      lb = [ "tls-wildcard" "haproxy-stats" ];
      k8s = [ "join-token" "etcd-ca" "oidc-client" ];
    };
  });
}
