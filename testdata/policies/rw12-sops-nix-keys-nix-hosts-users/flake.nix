{
  description = "sops-nix style repo: keys.nix holds users and hosts; prod has ten hosts with per-host node-exporter secrets from genAttrs, staging two hosts";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = import ./keys.nix;
        user = name: { inherit name; key = keys.users.${name}; };
        host = name: { inherit name; key = keys.hosts.${name}; };
        prodHosts = [ "web01" "web02" "web03" "db01" "db02" "cache01" "lb01" "lb02" "mon01" "ci01" ];
        webHosts = lib.filter (lib.hasPrefix "web") prodHosts;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.prod = {
          recipients.admins = map user [ "alice" "bob" ];
          recipients.targets = map host prodHosts;
          secret = {
            postgres-password.targets = [ "db01" "db02" ];
            redis-password.targets = [ "cache01" ] ++ webHosts;
            tls-wildcard.targets = [ "lb01" "lb02" ];
            grafana-admin = { admins = [ "alice" ]; targets = [ "mon01" ]; };
            nix-cache-signing-key.targets = [ "*" ];
          } // lib.genAttrs (map (h: "${h}-node-exporter") prodHosts)
            (n: { targets = [ (lib.removeSuffix "-node-exporter" n) ]; });
        };

        flake.secrets.staging = {
          recipients.admins = map user [ "alice" "bob" "carol" ];
          recipients.targets = map host [ "stg-web01" "stg-db01" ];
          secret.postgres-password.targets = [ "stg-db01" ];
          secret.app-env.targets = [ "*" ];
        };
      });
}
