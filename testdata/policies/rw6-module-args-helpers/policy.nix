{ lib, fleet, mkTargets, ... }:
{
  flake.secrets.k8s = {
    recipients.admins = [ { name = "sre"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; gcpKms = "projects/acme-sec/locations/europe-west1/keyRings/sops/cryptoKeys/k8s"; } ];
    recipients.targets = mkTargets (lib.attrNames fleet);
    secret = lib.mapAttrs (n: h: { targets = [ n ]; file = "clusters/${h.cluster}/${n}.enc.yaml"; }) fleet;
  };
}
