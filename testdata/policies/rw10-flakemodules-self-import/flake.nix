{
  description = "the policy is exported as flake.flakeModules.secrets (extras flakeModules imported) and the flake imports the same file";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.flake-parts.flakeModules.flakeModules inputs.secrets-lsp.flakeModules.default ./policy.nix ];
      systems = [ "x86_64-linux" ];
      flake.flakeModules.secrets = ./policy.nix;
    };
}
