{ lib, ... }:
let
  hosts = {
    web1 = "age1zy07mtr4pqkjatee6j37wampfd972af6qqa0rvdsfm25gy06qs6sfdgmmg";
    web2 = "age1yflkun7n5n62c6a6p05t8ex9h4elal5xuf38lnq65fsyzmheevxqwm2w7y";
  };
in
{
  flake.secrets.prod.recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) hosts;
}
