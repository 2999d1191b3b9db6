{
  description = "Helpers that build recipients and secrets from attribute sets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ self, flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        admins = import ./admins.nix;
        hosts = {
          grafana = "age1lj8qcrvjce3lw0prj6nr4kgv7q89nn6y9c4zypqwsprn8mkrapnq0zewlx";
          loki = "age174f75knm5mpyxec7u2tlf8v3gjhf8mtvfkhw833mj4med9qep42s8nmfrr";
          prometheus = "age1sgp9fvamt5g39y33cq96qza63thj3l7q0nf6gsv7f57kx3ugeg3shqs2cp";
        };
        mkHost = name: key: { inherit name; age = key; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.monitoring = {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) admins;
          recipients.targets = lib.mapAttrsToList mkHost hosts;
          # One secret per service, readable by that service only.
          secret = lib.genAttrs (builtins.attrNames hosts) (host: { targets = [ host ]; })
            // { alertmanagerWebhook.targets = [ "grafana" "prometheus" ]; };
        };
      });
}
