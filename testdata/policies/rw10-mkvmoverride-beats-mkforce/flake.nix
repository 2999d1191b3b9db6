{
  description = "priority ladder: base module sets targets, an env module mkForce's them, an incident module uses lib.mkVMOverride (priority 10) which wins";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./base.nix ./env.nix ./incident.nix ];
      systems = [ "x86_64-linux" ];
    };
}
