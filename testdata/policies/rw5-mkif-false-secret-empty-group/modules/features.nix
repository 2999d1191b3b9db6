{ lib, ... }:
let
  enableSso = false;
  enableSmtp = true;
in
{
  flake.secrets.app.secret = {
    sso-client-secret = lib.mkIf enableSso { targets = [ "app" ]; };
    smtp-password = lib.mkIf enableSmtp { targets = [ "app" ]; };
  };
  # placeholder for the next environment, no definitions yet
  flake.secrets.preview = lib.mkMerge [ ];
}
