{
  description = "mistake: the function given to lib.mapAttrsRecursive takes only the value (it also gets the path), so removeSuffix is applied to the path list";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        raw = {
          people.ana = builtins.readFile ./keys/ana.pub;
          people.ben = builtins.readFile ./keys/ben.pub;
          hosts.fra.gw = builtins.readFile ./keys/fra-gw.pub;
          hosts.ams.gw = builtins.readFile ./keys/ams-gw.pub;
        };
        keys = lib.mapAttrsRecursive (lib.removeSuffix "\n") raw;
        hostList = lib.concatLists (lib.mapAttrsToList (site: hs: lib.mapAttrsToList (h: key: { name = "${site}-${h}"; inherit key; }) hs) keys.hosts);
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.edge = {
          recipients.admins = lib.mapAttrsToList (name: age: { inherit name age; }) keys.people;
          recipients.targets = hostList;
          secret.wireguard-psk.targets = [ "*" ];
        };
      });
}
