{
  description = "an incident override module replaces the prod group with lib.mkForce { … } (only the incident responders); the regular prod module's definitions are ignored";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./prod.nix ./incident.nix ];
      systems = [ "x86_64-linux" ];
    };
}
