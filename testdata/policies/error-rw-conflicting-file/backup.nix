{
  flake.secrets.prod.secret.restic.file = "backup/restic.env";
}
