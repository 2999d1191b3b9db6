{
  description = "A module defines, under a condition that does not hold, fleet.hots where the team's option is fleet.hosts: the module system pushes the condition down to the name and rejects it all the same";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./fleet.nix ./staging.nix ];
      systems = [ "x86_64-linux" ];
    };
}
