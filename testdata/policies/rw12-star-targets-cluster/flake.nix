{
  description = "a 15-node cluster: node names from genList, keys from a list in keys.nix by index (imap1); the cache key goes to every node, k3s token to the three control-plane nodes, the cluster CA narrowed to the lead";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        keys = import ./keys.nix;
        node = i: "node${lib.fixedWidthNumber 2 i}";
        nodes = lib.imap1 (i: key: { name = node i; inherit key; }) keys.nodes;
        controlPlane = map node [ 1 2 3 ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" "aarch64-linux" ];
        flake.secrets.cluster = {
          recipients.admins = [
            { name = "lead"; age = keys.lead; }
            { name = "sre"; age = keys.sre; }
          ];
          recipients.targets = nodes;
          secret.nix-cache-key.targets = [ "*" ];
          secret.k3s-token.targets = controlPlane;
          secret.cluster-ca = {
            admins = [ "lead" ];
            targets = controlPlane;
          };
          secret.longhorn-backup.targets = lib.genList (i: node (i + 4)) 12;
        };
      });
}
