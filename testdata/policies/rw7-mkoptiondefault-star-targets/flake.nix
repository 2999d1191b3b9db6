{
  description = "defaults.nix gives every secret targets = lib.mkOptionDefault [ \"*\" ]; secrets.nix narrows some with plain definitions (priority 100 beats 1500) and leaves others at every target";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./defaults.nix ./secrets.nix ];
      systems = [ ];
    };
}
