{
  description = "AWS KMS across partitions: multi-region keys (key/mrk-...), aws-cn and aws-us-gov ARNs, aliases with slashes, roles with paths; several kms keys on one recipient";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./kms.nix ];
      systems = [ "x86_64-linux" ];
    };
}
