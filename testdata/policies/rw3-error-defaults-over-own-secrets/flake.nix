{
  description = "A defaults module gives every secret of prod targets = mkDefault [ \"*\" ] by mapping over config.flake.secrets.prod.secret: the set of secrets then depends on itself, infinite recursion";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./prod.nix ./defaults.nix ];
      systems = [ "x86_64-linux" ];
    };
}
