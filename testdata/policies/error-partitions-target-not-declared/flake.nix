{
  description = "mistake: the partition's policy selects a target its group does not declare";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ flake-parts.flakeModules.partitions ];
      systems = [ "x86_64-linux" ];
      partitionedAttrs.secrets = "secrets";
      partitionedAttrs.sopsYaml = "secrets";
      partitions.secrets.module = { inputs, ... }: {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        flake.secrets.prod = {
          recipients.admins = [ { name = "ana"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          recipients.targets = [ { name = "k3s"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRvZxzN+OG212m61pLkF6yoYGRC022lysjz1vesoUNq b@laptop"; } ];
          secret.cluster-token.targets = [ "k8s" ];
        };
      };
    };
}
