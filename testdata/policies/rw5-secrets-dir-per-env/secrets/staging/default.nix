let people = import ../../lib/people.nix; in
{
  flake.secrets.staging = {
    recipients.admins = builtins.attrValues people;
    recipients.targets = [ { name = "k8s-staging"; gcpKms = "projects/acme-staging/locations/europe-west1/keyRings/sops/cryptoKeys/staging"; } ];
    secret.registry-token.targets = [ "*" ];
  };
}
