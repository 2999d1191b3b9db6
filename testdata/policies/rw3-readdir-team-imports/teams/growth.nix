{ lib, ... }:
let
  team = lib.removeSuffix ".nix" (baseNameOf ./growth.nix);
  env = "prod";
in
{
  flake.secrets.${env} = {
    recipients.admins = [ { name = "${team}-lead"; age = "age1k5ut0kc86v6zkf3hw0r3rdtj0knvwg59gey4zrk3s76c9daasc4s0p86wz"; } ];
    recipients.targets = [ { name = "${team}-svc"; age = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; } ];
    secret."${team}-db".targets = [ "${team}-svc" ];
  };
}
