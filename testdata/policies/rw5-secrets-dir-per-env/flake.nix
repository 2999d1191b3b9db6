{
  description = "imports = [ ./secrets ] where secrets/default.nix imports the directories prod and staging (each a default.nix, prod importing databases.nix that adds a target and a secret); a shared lib/people.nix imported by path; 'with people;' in a list";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./secrets ];
      systems = [ ];
    };
}
