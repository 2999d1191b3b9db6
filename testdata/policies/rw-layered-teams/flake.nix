{
  description = "Teams in their own module trees under one group, a keys.nix that is a function of lib imported by each module, key files found by path interpolation, a fallback admin under mkDefault, mkMerge and mkIf inside a secret's lists, mkOrder";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./defaults.nix ./teams/platform ./teams/data.nix ];
      systems = [ "x86_64-linux" ];
    });
}
