{
  description = "the policy module takes the team's keys through nixpkgs' lib.modules.importApply (not flake-parts'), so its file is recorded for errors";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [
        inputs.secrets-lsp.flakeModules.default
        (lib.modules.importApply ./policy.nix { keys = import ./keys.nix; })
      ];
      systems = [ "x86_64-linux" ];
    });
}
