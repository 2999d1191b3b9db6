{ lib, ... }:
{
  flake.secrets.prod = {
    # Listed first whatever the import order.
    recipients.targets = lib.mkBefore [ { name = "db1"; age = "age1m2q7ythr3vw5f88elwvpx0zaafrvzh2q82qh95222ul0fzgsgszqj4mmh7"; } ];
    secret.dbPassword = {
      admins = [ "alice" ];
      targets = [ "db1" "web1" "web2" ];
    };
  };
}
