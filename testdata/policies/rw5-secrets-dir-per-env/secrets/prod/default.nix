{ ... }:
let people = import ../../lib/people.nix; in
{
  imports = [ ./databases.nix ];
  flake.secrets.prod = {
    recipients.admins = with people; [ lena marc ];
    recipients.targets = [
      { name = "k8s-prod"; kms = "arn:aws:kms:eu-west-1:210987654321:alias/k8s-prod-sops"; }
    ];
    secret.registry-token.targets = [ "k8s-prod" ];
  };
}
