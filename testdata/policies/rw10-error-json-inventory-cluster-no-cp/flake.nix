{
  description = "mistake: kubeconfig is meant for control planes only (admins = [ ]); the new cluster ap-1 has no control plane, so its kubeconfig selects nobody";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        inv = lib.importJSON ./inventory.json;
        people = map (p: { inherit (p) name; age = p.age_key; }) inv.admins;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = builtins.listToAttrs (map (c: {
          name = c.name;
          value = {
            recipients.admins = people;
            recipients.targets = map (n: { inherit (n) name; key = n.ssh; }) c.nodes;
            secret.etcd-ca.targets = [ "*" ];
            secret.kubeconfig.admins = [ ];
            secret.kubeconfig.targets = map (n: n.name) (lib.filter (n: n.control_plane) c.nodes);
          };
        }) inv.clusters);
      });
}
