{
  description = "per-environment groups from genAttrs: common admins from admins.nix plus env-local on-call, env hosts from envs/<env>.nix imported by name";

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
              // lib.optionalAttrs (env == "prod") { stripe-live.targets = [ "api-1" ]; };
          });
      });
}
