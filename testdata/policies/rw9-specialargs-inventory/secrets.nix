{ lib, inventory, ... }:
let
  envs = [ "dev" "staging" "prod" ];
  hostsIn = env: lib.filterAttrs (_: h: h.env == env) inventory.hosts;
  withRole = env: role: lib.attrNames (lib.filterAttrs (_: h: lib.elem role h.roles) (hostsIn env));
in
{
  flake.secrets = lib.genAttrs envs (env: {
    recipients.admins = lib.mapAttrsToList (name: p: { inherit name; inherit (p) age; })
      (lib.filterAttrs (_: p: lib.elem env p.envs) inventory.people);
    recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) key; }) (hostsIn env);
    secret = {
      app-env.targets = withRole env "app";
    } // lib.optionalAttrs (withRole env "db" != [ ]) {
      db-password.targets = withRole env "db" ++ withRole env "app";
    };
  });
}
