{
  description = "the policy lives in a flake-parts partition (partitions.secrets.module); partitionedAttrs takes secrets and sopsYaml from it so the main evaluation stays small";

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
        imports = [ inputs.secrets-lsp.flakeModules.default ./secrets-policy.nix ];
      };
    };
}
