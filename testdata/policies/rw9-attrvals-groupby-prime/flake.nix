{
  description = "lib.attrVals picks named keys from keys.nix; lib.groupBy' counts hosts per rack to name rack secrets; lib.mapAttrsToList over the grouping";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = import ./keys.nix;
        hosts = [ { name = "r1-a"; rack = "r1"; } { name = "r1-b"; rack = "r1"; } { name = "r2-a"; rack = "r2"; } ];
        perRack = lib.groupBy' (acc: h: acc ++ [ h.name ]) [ ] (h: h.rack) hosts;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.dc = {
          recipients.admins = lib.zipListsWith (name: age: { inherit name age; }) [ "noc1" "noc2" ] (lib.attrVals [ "noc1" "noc2" ] keys);
          recipients.targets = map (h: { inherit (h) name; age = keys.${h.name}; }) hosts;
          secret = lib.mapAttrs' (rack: names: lib.nameValuePair "ipmi-${rack}" { targets = names; }) perRack;
        };
      });
}
