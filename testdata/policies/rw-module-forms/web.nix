{
  _file = "web-team-module";
  imports = [ ./common.nix ];
  config.flake.secrets.prod = {
    recipients.targets = [ { name = "web"; age = "age1eyj9j6dxfet84a0gs79uwm9hk559c8dhalmqwf8z9yvaqztdsyks3935f3"; } ];
    secret.tls.targets = [ "web" ];
  };
}
