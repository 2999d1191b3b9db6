{
  description = "keys.json (written by a provisioning script) holds users and hosts with env and role; one group per environment from genAttrs, targets filtered by env and role";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        data = builtins.fromJSON (builtins.readFile ./keys.json);
        hostsIn = env: lib.filterAttrs (_: h: h.env == env) data.hosts;
        withRole = env: role: lib.attrNames (lib.filterAttrs (_: h: h.role == role) (hostsIn env));
        mkEnv = env: {
          recipients.admins = lib.mapAttrsToList (name: key: { inherit name key; }) data.users;
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; age = h.age; }) (hostsIn env);
          secret = {
            app-secrets.targets = [ "*" ];
            database-url.targets = withRole env "app" ++ withRole env "worker";
            postgres-superuser = {
              admins = [ "alice" ];
              targets = withRole env "db";
            };
          };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.genAttrs [ "prod" "staging" ] mkEnv;
      });
}
