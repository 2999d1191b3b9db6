{
  description = "mistake: the cluster CA is meant for every admin and writes admins = [ \"*\" ] (the wildcard only exists for targets)";

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
            admins = [ "*" ];
            targets = controlPlane;
          };
          secret.longhorn-backup.targets = lib.genList (i: node (i + 4)) 12;
        };
      });
}
