{
  flake.secrets.prod.secret.db.admins = [ "root" ];
}
