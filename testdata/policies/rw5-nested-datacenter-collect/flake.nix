{
  description = "A nested datacenter/rack/server inventory: servers flattened with lib.mapAttrsRecursiveCond and lib.collect, per-dc secrets read with lib.attrByPath, gpu servers found with lib.filterAttrs over the flattened set";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        dcs = import ./datacenters.nix;
        servers = lib.collect (x: x ? key) (lib.mapAttrsRecursiveCond (as: !(as ? key)) (path: v: v // { name = lib.last path; dc = lib.head path; }) dcs);
        serversIn = dc: map (s: s.name) (lib.filter (s: s.dc == dc) servers);
        gpuServers = map (s: s.name) (lib.filter (s: s.gpu) servers);
        rackOf = path: lib.attrNames (lib.attrByPath path { } dcs);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.bare-metal = {
          recipients.admins = [ { name = "yara"; age = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; } ];
          recipients.targets = map (s: { inherit (s) name key; }) servers;
          secret.ams-bmc = { targets = serversIn "ams"; };
          secret.sfo-bmc = { targets = serversIn "sfo"; };
          secret.nvidia-grid-license.targets = gpuServers;
          secret.ams-rack1-pdu.targets = rackOf [ "ams" "rack1" ];
        };
      });
}
