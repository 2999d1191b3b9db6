{
  description = "mistake: the prod-only secret selects API-1 (upper case, as in the DNS record) while the host is api-1";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        common = import ./admins.nix;
        envs = [ "dev" "staging" "prod" ];
        envData = env: import (./envs + "/${env}.nix");
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.genAttrs envs (env:
          let e = envData env; in {
            directory = "deploy/${env}/secrets";
            recipients.admins = common ++ e.oncall or [ ];
            recipients.targets = lib.mapAttrsToList (name: age: { inherit name age; }) e.hosts;
            secret = lib.genAttrs [ "db-url" "jwt-secret" ] (_: { targets = [ "*" ]; })
              // lib.optionalAttrs (env == "prod") { stripe-live.targets = [ "API-1" ]; };
          });
      });
}
