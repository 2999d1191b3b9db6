{
  description = "a user option keys (attrsOf str) set in keys.nix with mkDefault for shared defaults, overridden for one person in a later module; lazyAttrsOf hosts option; policy reads config.keys";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./options.nix ./keys.nix ./overrides.nix ./policy.nix ];
      systems = [ "x86_64-linux" ];
    };
}
