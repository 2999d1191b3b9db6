{
  description = "secrets for every (service, region) pair with lib.mapCartesianProduct, named service-region, targets the region's cluster; groups from genAttrs' ";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        regions = [ "eu" "us" ];
        services = [ "billing" "search" ];
        clusters = { eu = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; us = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.genAttrs' [ "prod" ] (env: lib.nameValuePair env {
          recipients.admins = [ { name = "platform"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (r: k: { name = "k8s-${r}"; age = k; }) clusters;
          secret = lib.listToAttrs (lib.mapCartesianProduct ({ service, region }:
            lib.nameValuePair "${service}-${region}" { targets = [ "k8s-${region}" ]; })
            { service = services; region = regions; });
        });
      });
}
