# A flake-parts style policy, the kind secrets-lsp reads.
{ lib, config, ... }:
let
  inherit (lib) mkOption types;
  admins = [ "alice" "bob" ];
in
{
  flake.secrets.prod = {
    recipients = {
      admins = lib.genAttrs admins (name: { key = "age1${name}"; });
      targets.server1.key = "age1server1";
      targets."server-2".key = "age1server2";
    };
    secret.apiKey = {
      file = ./secrets/api-key.yaml;
      targets = [ "server1" "*" ];
    };
    secret.dbPassword.targets = lib.optionals (config.flake ? secrets) [ "server-2" ];
  };
}
