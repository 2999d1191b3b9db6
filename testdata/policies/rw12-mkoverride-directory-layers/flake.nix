{
  description = "an org-wide module puts every group's files under secrets/misc at a low priority (mkOverride 1200), a platform module sets secrets/<group> with mkDefault, and payments pins its own directory; one secret overrides its file";

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
