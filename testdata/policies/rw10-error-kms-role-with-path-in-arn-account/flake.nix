{
  description = "mistake: the ECS task role ARN is built with the region in the IAM ARN (iam:us-east-1:), IAM ARNs have no region";

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
