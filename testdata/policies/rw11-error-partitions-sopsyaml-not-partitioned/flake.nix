{
  description = "mistake: only secrets is taken from the partition; sopsYaml is not, so the main evaluation (without the module) has none";

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
      partitions.secrets.module = { inputs, ... }: {
        imports = [ inputs.secrets-lsp.flakeModules.default ./secrets-policy.nix ];
      };
    };
}
