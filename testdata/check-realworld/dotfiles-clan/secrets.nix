# Mic92/dotfiles keeps its secrets the clan way, without a .sops.yaml rule
# for them: sops/secrets/<name>/secret is encrypted for the users and
# machines linked from sops/secrets/<name>/{users,machines,groups}. Ported
# (13 of its 114 secrets): the admins group's users are the admins, the
# machines are targets, each secret selects the machines linked from it
# (directly or through the groups all-machines and openldap). Keys are read
# from the repository's own key.json files.
let
  # A key.json holds one key or a list of them.
  keys = kind: name:
    let k = builtins.fromJSON (builtins.readFile ./sops/${kind}/${name}/key.json);
    in map (k: k.publickey) (if builtins.isList k then k else [ k ]);
  machine = name: { inherit name; age = keys "machines" name; };
  allMachines = [ "bernie" "blob64" "eva" "eve" "matchbox" "turingmachine" ];
  openldap = [ "eva" "eve" ];
  secret = name: targets: {
    inherit targets;
    file = "sops/secrets/${name}/secret";
  };
in
{
  flake.secrets.clan = {
    directory = "sops/secrets";
    recipients.admins = [
      { name = "joerg"; age = keys "users" "joerg"; }
    ];
    recipients.targets = map machine [
      "bernie" "blob64" "dorits-laptop" "eva" "eve" "evo" "installer"
      "jacquardmachine" "matchbox" "turingmachine" "utm-vm"
    ];
    secret = {
      alertmanager = secret "alertmanager" [ "eva" ];
      "bernie-age.key" = secret "bernie-age.key" [ ];
      bernie-tinc-rsa = secret "bernie-tinc-rsa" [ "bernie" ];
      "eve-age.key" = secret "eve-age.key" [ ];
      eve-shiori-env = secret "eve-shiori-env" [ "eve" ];
      krebs-ca = secret "krebs-ca" [ ];
      nextcloud-ldap-password = secret "nextcloud-ldap-password" [ "eve" ];
      kimai-ldap-password = secret "kimai-ldap-password" [ "eve" ];
      "utm-vm-age.key" = secret "utm-vm-age.key" [ ];
      tum-vpn-auth = secret "tum-vpn-auth" [ "evo" "turingmachine" ];
      openldap-rootpw = secret "openldap-rootpw" openldap;
      promtail-password = secret "promtail-password" ([ "bernie" ] ++ allMachines);
      ssh-remote-builder = secret "ssh-remote-builder" [ "bernie" "evo" "jacquardmachine" "turingmachine" ];
    };
  };
}
