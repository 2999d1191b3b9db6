{
  description = "a host's key is either a string or a function of the environment (the same VM image re-keyed per env); builtins.isFunction dispatches";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = {
          runner = env: { dev = "age1gz6qlat54d4qvrdfcemn9az28l83n4s4wfx2va8nq9l4av56s9tqmx25wx"; prod = "age1ar9ukd8w9arp5xhaagq3ctte32wq39vkgh6m257dgsszv27lnyqsjf55fq"; }.${env};
          bastion = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMa+yZZs3iw3ccwSt/nuvV0oYmPFyzANq7sHCsICSAmd a@laptop";
        };
        keyFor = env: k: if builtins.isFunction k then k env else k;
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets = lib.genAttrs [ "dev" "prod" ] (env: {
          recipients.admins = [ { name = "ops"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = lib.mapAttrsToList (name: k: { inherit name; key = keyFor env k; }) hosts;
          secret.ssh-ca.targets = [ "bastion" ];
          secret.runner-token.targets = [ "runner" ];
        });
      });
}
