let
  keys = import ./keys.nix;
in
{
  flake.secrets.svc = {
    recipients.admins = [ { name = "me"; age = "age17huqjkh48j4fg57yrz0af9hcy33dku7z9fn0kdqkeep0tkaln5lsdehz54"; } ];
    recipients.targets = with keys.hosts; [ { name = "web"; age = web; } { name = "db"; age = dbb; } ];
    secret.dbPass.targets = [ "db" "web" ];
  };
}
