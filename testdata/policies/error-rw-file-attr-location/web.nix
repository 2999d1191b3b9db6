{
  _file = "teams/web (generated)";
  flake.secrets.prod.secret.tls.targets = [ "web1" ];
}
