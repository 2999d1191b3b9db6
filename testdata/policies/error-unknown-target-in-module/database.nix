{
  flake.secrets.prod.secret.dbPassword.targets = [ "db-1" ];
}
