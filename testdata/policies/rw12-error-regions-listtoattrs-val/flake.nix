{
  description = "mistake: the listToAttrs entries use val instead of value";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        regions = import ./regions.nix;
        flattenDcs = dcs: lib.concatLists (lib.mapAttrsToList
          (dc: hosts: lib.mapAttrsToList (h: key: { name = "${h}.${dc}"; inherit key; }) hosts) dcs);
        mkRegion = region: dcs: {
          recipients.admins = [
            { name = "neteng"; age = "age1shn3jkge5ztr7kakgqk2y302sxx8z8vhmwzhvamt09gzlyg6rvustxydj8"; }
            { name = "${region}-lead"; age = if region == "eu" then "age19d75tpf8rfc47k65gpl4v85e76e0xfc4ngken7jhcemf9cf2quzqy60z62" else "age1wz7mm25ffw94xxleg5a680v3arfydvelpge8zs64wnc22uy64usq0cer53"; }
          ];
          recipients.targets = flattenDcs dcs;
          secret = lib.listToAttrs (map (dc: {
            name = "${dc}-bgp-password";
            val.targets = map (h: "${h}.${dc}") (lib.attrNames dcs.${dc});
          }) (lib.attrNames dcs)) // {
            snmp-community.targets = [ "*" ];
          };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.mapAttrs mkRegion regions;
      });
}
