{
  description = "flake = { imports = [ ./secrets/policy.nix ]; }: the policy file is imported into the flake submodule, so it sets secrets.<g> without the flake. prefix";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.imports = [ ./secrets/policy.nix ];
    };
}
