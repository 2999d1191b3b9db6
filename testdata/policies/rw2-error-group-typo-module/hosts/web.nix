{
  flake.secrets.prd.secret.nginx-htpasswd.targets = [ "web" ];
}
