{
  description = "the on-call rota: builtins.head is the primary admin, builtins.tail the rest as targets, lib.last the escalation target of one secret";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        rota = [ { name = "carol"; age = "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx"; } { name = "dave"; age = "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq"; } { name = "erin"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILkCqslKNB8unoHSsVesRzg8O+n03wYGKPwG0ByHf+5C c@laptop"; } ];
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ ];
        flake.secrets.oncall = {
          recipients.admins = [ (builtins.head rota) ];
          recipients.targets = builtins.tail rota;
          secret.pager-token.targets = [ "*" ];
          secret.escalation.targets = [ (lib.last rota).name ];
        };
      });
}
