# nix-community/infra's sops.nix, ported: the admins read every file, each
# host its own hosts/<host>/secrets.yaml, and the shared files the hosts
# listed for them. Keys are read from the repository's own sops.json.
let
  keys = builtins.fromJSON (builtins.readFile ./sops.json);
  recipients = set: map (name: { inherit name; age = set.${name}; }) (builtins.attrNames set);
in
{
  flake.secrets.infra = {
    recipients.admins = recipients keys.admins;
    recipients.targets = recipients keys.hosts;
    directory = "modules/secrets";
    secret = {
      secrets.file = "secrets.yaml";
      terraform.file = "terraform/secrets.yaml";
      backup = {
        file = "modules/secrets/backup.yaml";
        targets = [ "build03" ];
      };
      community-builder = {
        file = "modules/secrets/community-builder.yaml";
        targets = [ "build01" "build05" "darwin01" ];
      };
      hercules-ci = {
        file = "modules/secrets/hercules-ci.yaml";
        targets = [ "build03" "build04" "darwin02" ];
      };
      rfc39_private_key = {
        file = "modules/secrets/rfc39_private_key.der";
        targets = [ "web01" ];
      };
    } // builtins.mapAttrs (host: _: {
      file = "hosts/${host}/secrets.yaml";
      targets = [ host ];
    }) keys.hosts;
  };
}
