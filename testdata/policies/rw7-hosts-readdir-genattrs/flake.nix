{
  description = "hosts/<name>/default.nix each export { key; roles; }, read with builtins.readDir + lib.filterAttrs on directories + lib.mapAttrs; one ssh-host-key secret per host from lib.genAttrs on the host names, shared secrets selected by role";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hostDirs = lib.filterAttrs (_: type: type == "directory") (builtins.readDir ./hosts);
        hosts = lib.mapAttrs (name: _: import (./hosts + "/${name}")) hostDirs;
        hostNames = builtins.attrNames hosts;
        withRole = role: builtins.filter (h: builtins.elem role hosts.${h}.roles) hostNames;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.infra = {
          recipients.admins = [ { name = "sre"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: h: { inherit name; inherit (h) key; }) hosts;
          secret = lib.genAttrs (map (h: "${h}-ssh-host-key") hostNames) (s: {
            targets = [ (lib.removeSuffix "-ssh-host-key" s) ];
          }) // {
            postgres-root.targets = withRole "db";
            acme-dns-token.targets = withRole "web";
          };
        };
      });
}
