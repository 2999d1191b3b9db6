{
  description = "mistake: platform.nix also sets the file of payments.adyen (an old copy of the path), conflicting with payments.nix at the same priority";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        ./org.nix
        ./platform.nix
        ./payments.nix
      ];
      systems = [ "x86_64-linux" ];
    };
}
