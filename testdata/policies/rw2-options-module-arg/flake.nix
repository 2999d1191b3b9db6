{
  description = "Modules taking the arguments flake-parts passes besides lib and config: withSystem, moduleWithSystem, getSystem, flake-parts-lib, options, and the top-level module written as top@{ ... }";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } (top@{ lib, withSystem, flake-parts-lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./secrets.nix ];
      systems = [ "x86_64-linux" ];
      flake.secrets.prod.recipients.admins = [ { name = "max"; age = "age1esmck9z2ddjau4c2ujjmmva5l95huk37w3k4sagn0ex97c8jh56q0slaqe"; } ];
    });
}
