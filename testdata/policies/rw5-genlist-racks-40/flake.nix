{
  description = "40 compute nodes generated with builtins.genList (name node-NN with lib.fixedWidthNumber, rack = i / 10, spare = i mod 10 == 9); 20 throwaway keys reused per rack pair (shared-key warnings); per-rack secrets selected by predicate, spares excluded with lib.subtractLists, mkDefault on an admin list overridden elsewhere";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = import ./keys.nix;
        nodes = builtins.genList (i: {
          name = "node-${lib.fixedWidthNumber 2 i}";
          rack = i / 10;
          spare = lib.mod i 10 == 9;
          key = builtins.elemAt keys (lib.mod i 20);
        }) 40;
        inRack = r: map (n: n.name) (lib.filter (n: n.rack == r && !n.spare) nodes);
        spares = map (n: n.name) (lib.filter (n: n.spare) nodes);
      in
      {
        imports = [
          inputs.secrets-lsp.flakeModules.default
          { flake.secrets.hpc.recipients.admins = [ { name = "hpc-admin"; age = "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq"; } ]; }
        ];
        systems = [ ];
        flake.secrets.hpc = {
          recipients.admins = lib.mkDefault [ { name = "nobody"; age = "age1e4k6xktty5h879050s9qxukjhjuuu0695wnvmdc5frxa5gymmgvsma3l8x"; } ];
          recipients.targets = map (n: { inherit (n) name key; }) nodes;
          secret = lib.listToAttrs (map (r: lib.nameValuePair "rack${toString r}-ipmi" { targets = inRack r; }) [ 0 1 2 3 ])
            // {
              slurm-munge-key.targets = lib.subtractLists spares (map (n: n.name) nodes);
              spare-pool-token.targets = spares;
            };
        };
      });
}
