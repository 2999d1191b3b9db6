{
  description = "mistake: the policy module applied with lib.modules.importApply expects { keys } but is given { hostKeys = ...; }";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        (lib.modules.importApply ./policy.nix { hostKeys = import ./keys.nix; })
      ];
      systems = [ "x86_64-linux" ];
    });
}
