{
  imports = [ ./more-2.nix ];
  flake.secrets.edge.secret.token.admins = [ "quinn" ];
}
