{ lib, ... }:
with lib;
let
  admins = {
    ivan = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe";
    jana = "age1m94f2uhh3n8mn3e2cezh7tzswd67ea4dkd4xy5apk00lmyg9lvzqa7al2p";
  };
  services = [ "grafana" "loki" "tempo" "mimir" ];
  host = "observability-1";
in
{
  flake.secrets.obs = {
    recipients.admins = mapAttrsToList (name: age: { inherit name age; }) admins;
    recipients.targets = singleton { name = host; key = "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx"; };
    secret = genAttrs (map (s: "${s}-s3-credentials") (filter (s: s != "grafana") services)) (_: {
      targets = [ host ];
    }) // {
      grafana-oidc-client = { targets = [ host ]; admins = [ (head (attrNames admins)) ]; };
    };
  };
}
