# Mic92/sops-nix's test secrets, one per SOPS store, written by sops 3.5 to
# 3.7. The repository has no .sops.yaml: the recipients are those its
# files are encrypted for, named after where sops-nix's tests take them
# from (test-assets/key.asc, age-keys.txt, ssh-ed25519-key).
let
  dir = "pkgs/sops-install-secrets/test-assets";
in
{
  flake.secrets.test = {
    recipients.admins = [
      { name = "test-key"; pgp = "7FB89715AADA920D65D25E63F9BA9DEBD03F57C0"; }
    ];
    recipients.targets = [
      { name = "second-pgp"; pgp = "2504791468B153B8A3963CC97BA53D1919C5DFD4"; }
      { name = "age-key"; age = "age1yt3tfqlfrwdwx0z0ynwplcr6qxcxfaqycuprpmy89nr83ltx74tqdpszlw"; }
      { name = "ssh-host"; age = "age1a8pk4akrdamj7nvqy3zywgtny8dxz7t5xzu7u8v9mhrayp9freqsqatyrs"; }
    ];
    secret = {
      yaml = { file = "${dir}/secrets.yaml"; targets = [ "*" ]; };
      dotenv = { file = "${dir}/secrets.env"; targets = [ "second-pgp" ]; };
      ini = { file = "${dir}/secrets.ini"; targets = [ "second-pgp" ]; };
      json.file = "${dir}/secrets.json";
      binary.file = "${dir}/secrets.bin";
    };
  };
}
