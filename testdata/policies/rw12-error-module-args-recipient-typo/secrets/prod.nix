{ team, ... }:
{
  flake.secrets.prod = {
    recipients.admins = team.admins ++ [ team.oncall ];
    recipients.targets = [ { name = "prod-k8s"; gcpKms = "projects/acme-prod/locations/global/keyRings/flux/cryptoKeys/sops"; } ];
    secret.app.targets = [ "prod-k8s" ];
    secret.pager-token.admins = [ "oncall" ];
  };
}
