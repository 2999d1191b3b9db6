{
  flake.secrets.corp.secret.wifi-radius = {
    admins = [ "*" ];
  };
}
