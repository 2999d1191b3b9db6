{
  description = "A staging module copies prod's targets but misspells the group (prd): attribute missing while reading config.flake.secrets";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./prod.nix ./staging.nix ];
      systems = [ "x86_64-linux" ];
    };
}
