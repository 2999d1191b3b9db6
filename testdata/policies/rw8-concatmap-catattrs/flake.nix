{
  description = "clusters with node lists flattened with builtins.concatMap; target names selected with builtins.catAttrs";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        clusters = [
          { cluster = "k8s-a"; nodes = [ { name = "a-0"; key = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; } { name = "a-1"; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; } ]; }
          { cluster = "k8s-b"; nodes = [ { name = "b-0"; key = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; } ]; }
        ];
        nodes = builtins.concatMap (c: c.nodes) clusters;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.k8s = {
          recipients.admins = [ { name = "platform"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = nodes;
          secret = builtins.listToAttrs (map (c: { name = "${c.cluster}-join-token"; value.targets = builtins.catAttrs "name" c.nodes; }) clusters);
        };
      });
}
