{
  description = "flake-parts-lib.importApply passes keys into two parts files (parts/secrets-*.nix), each defining one group";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ flake-parts-lib, ... }:
      let
        keys = import ./keys.nix;
        inherit (flake-parts-lib) importApply;
      in
      {
        imports = [
          inputs.secrets-lsp.flakeModules.default
          (importApply ./parts/secrets-web.nix { inherit keys; })
          (importApply ./parts/secrets-data.nix { inherit keys; })
        ];
        systems = [ "x86_64-linux" ];
      });
}
