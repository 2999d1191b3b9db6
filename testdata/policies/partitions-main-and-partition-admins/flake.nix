{
  description = "the main evaluation defines the group's first admin; the partition's module imports the secrets-lsp module and adds a second admin and a target; both secrets and sopsYaml come from the partition, whose evaluation holds the main modules too";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ flake-parts.flakeModules.partitions ];
      systems = [ "x86_64-linux" ];
      partitionedAttrs.secrets = "policy";
      partitionedAttrs.sopsYaml = "policy";
      flake.secrets.prod.recipients.admins = [ { name = "ana"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
      partitions.policy.module = ./policy.nix;
    };
}
