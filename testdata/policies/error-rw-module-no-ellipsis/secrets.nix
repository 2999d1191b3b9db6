{ lib }:
{
  flake.secrets.prod = {
    recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) { ops = "age10h0qmery36tt7ewkylfvr499py6fq3nyzt6qr0zftq0ek7pae3mqdmjc06"; };
    secret.token = { };
  };
}
