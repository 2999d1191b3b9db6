# TUM-DSE/doctor-cluster-config's sops.yaml.nix, ported (the files of a
# few rules only): every user is an admin and reads every file, a machine
# reads its own hosts/<machine>.yml and the shared files that list it.
# Keys are read from the repository's own pubkeys.json.
let
  keys = builtins.fromJSON (builtins.readFile ./pubkeys.json);
  recipients = set: map (name: { inherit name; age = set.${name}; }) (builtins.attrNames set);
in
{
  flake.secrets.cluster = {
    recipients.admins = recipients keys.users;
    recipients.targets = recipients keys.machines;
    secret = {
      craig.file = "docs/hosts/craig.sops";
      adric-cfg.file = "hosts/adric.cfg.sops";
      terraform.file = "terraform/secrets.enc.json";
      ca-keys.file = "modules/sshd/ca-keys.yml";
      # groups.all in sops.yaml.nix: every user and every machine.
      modules = {
        file = "modules/secrets.yml";
        targets = [ "*" ];
      };
      xrdp-passwords = {
        file = "modules/users/xrdp-passwords.yml";
        targets = [ "amy" "clara" "graham" "rose" "ryan" "joy" "jamie" "ryan" ];
      };
      rose = {
        file = "hosts/rose.yml";
        targets = [ "rose" ];
      };
    };
  };
}
