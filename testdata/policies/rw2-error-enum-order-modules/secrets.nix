{
  flake.secrets.prod.secret.payroll.admins = [ "alpha" "charlie" ];
}
