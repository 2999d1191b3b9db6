{
  flake.secrets.edge.secret.token.admins = [ "quinn" ];
}
