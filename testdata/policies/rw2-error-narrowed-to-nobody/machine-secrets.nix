{
  flake.secrets.staging.secret.host-key = { admins = [ ]; targets = [ "*" ]; };
}
