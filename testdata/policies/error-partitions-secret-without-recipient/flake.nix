{
  description = "mistake: in the partition's policy, a secret's targets name none and the group has no admin, so it selects no recipient";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ flake-parts.flakeModules.partitions ];
      systems = [ "x86_64-linux" ];
      partitionedAttrs = { secrets = "ops"; sopsYaml = "ops"; };
      partitions.ops.module = { inputs, ... }: {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        flake.secrets.ops = {
          recipients.targets = [ { name = "pager"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; } ];
          secret.pager-token.targets = [ ];
        };
      };
    };
}
