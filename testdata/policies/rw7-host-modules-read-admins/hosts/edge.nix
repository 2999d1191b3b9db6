{ config, lib, ... }:
let admins = config.flake.secrets.prod.recipients.admins; in
{
  flake.secrets.prod.recipients.targets = [ { name = "edge"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ];
  flake.secrets.prod.secret.edge-token = {
    admins = [ (builtins.head admins).name ];
    targets = [ "edge" ];
  };
}
