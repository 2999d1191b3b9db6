{ lib, ... }:
let
  groups = {
    "web.eu" = { host = "web-eu"; key = "age1az4sv5lrv90p3x6kc97ucutgjvmlwqqt2hjxpq2zes5m99mxf94qy402rh"; };
    "web.us" = { host = "web-us"; key = "age157knrdqdlftllrpvk9efxwqt7n6tx4wt7eltn30tsu3a8ag62c7s5mth4n"; };
  };
in
{
  flake.secrets = lib.mapAttrs (group: g: {
    recipients.admins = [ { name = "web-team"; age = "age178tvw5qsztgt2zjq7ynvlrczks042whtvsr7ryjx0wfe8dksqscqeead0u"; } ];
    recipients.targets = [ { name = g.host; age = g.key; } ];
    secret."tls.crt" = { targets = [ g.host ]; file = "certs/${group}/tls+chain.pem"; };
    secret."tls.key".targets = [ g.host ];
    secret."oauth.env" = { targets = [ "*" ]; file = "env/${group}/OAUTH.env"; };
  }) groups;
}
