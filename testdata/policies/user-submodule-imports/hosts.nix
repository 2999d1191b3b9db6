{
  hosts.web = { hostKey = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; roles = [ "web" ]; };
  hosts.db = { config, ... }: {
    imports = [ ./roles/database.nix { roles = [ "db-inline" ]; } ];
    hostKey = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj";
    fqdn = "db.${config.domain}";
  };
}
