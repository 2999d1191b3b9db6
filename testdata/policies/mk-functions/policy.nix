{ lib, config, ... }:
let
  withStaging = false;
  admins = [
    { name = "alice"; age = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; }
    { name = "bob"; age = "age1mjsw77acel6hdzd3p3y6eq3wjyl4m4u83znfh4p4szt7a9jpe56st6ps74"; }
  ];
in
{
  flake.secrets = lib.mkMerge [
    {
      prod = {
        recipients.admins = admins;
        recipients.targets = [ { name = "web1"; age = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg"; } ];
        directory = lib.mkDefault "secrets/prod";
        secret.apiKey.targets = [ "web1" ];
        secret.signingKey.admins = lib.mkDefault [ "alice" "bob" ];
      };
    }
    (lib.mkIf withStaging {
      staging.recipients.admins = admins;
      staging.secret.apiKey = { };
    })
  ];
}
