{ lib, ... }:
let
  org = import ../lib.nix { inherit lib; };
in
{
  flake.secrets = lib.genAttrs org.envs (env: {
    secret = org.serviceSecrets env "security" { vault = [ "unseal-1" "unseal-2" "unseal-3" "tls" ]; };
  }) // {
    # The org-wide group: leads only, every host of every environment.
    org = {
      recipients.admins = map (n: org.asRecipient n org.people.${n}) org.leads;
      recipients.targets = lib.mapAttrsToList org.asRecipient org.hosts;
      secret.ssh-ca.targets = [ "*" ];
      secret.root-ca.targets = [ ];
      secret.backup-key.targets = org.namesWhere (h: h.role == "vault");
    };
  };
}
