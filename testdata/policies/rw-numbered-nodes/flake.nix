{
  description = "Numbered nodes: names from genList and lib.fixedWidthNumber, keys by index from a text file, racks from integer division, groupBy, foldl' building secrets, cartesianProduct of regions and services";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        nodeKeys = lib.splitString "\n" (lib.fileContents ./node-keys.txt);
        nodes = builtins.genList (i: {
          name = "node${lib.fixedWidthNumber 2 (i + 1)}";
          age = builtins.elemAt nodeKeys i;
          rack = "r${toString (i / 4)}";
        }) (builtins.length nodeKeys);
        racks = builtins.groupBy (n: n.rack) nodes;
        services = lib.cartesianProduct { region = [ "eu" "us" ]; service = [ "ingest" "query" ]; };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];

        flake.secrets.cluster = {
          recipients.admins = [ { name = "platform"; age = "age19emhwkymdjyf2wz4fuupt58jrw90rsqcff5r04hqhkwqks5j437sc2tf4d"; } ];
          recipients.targets = map (n: removeAttrs n [ "rack" ]) nodes;
          secret = builtins.foldl'
            (acc: rack: acc // { "${rack}-ipmi".targets = map (n: n.name) racks.${rack}; })
            { }
            (builtins.attrNames racks)
            // builtins.listToAttrs (map
              (s: lib.nameValuePair "${s.region}-${s.service}" {
                targets = lib.take 2 (map (n: n.name) (if s.region == "eu" then nodes else lib.reverseList nodes));
              })
              services);
        };
      });
}
