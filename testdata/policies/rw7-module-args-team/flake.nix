{
  description = "modules/team.nix sets _module.args.team (records) and _module.args.recipientsWith (a helper); modules/groups.nix takes { team, recipientsWith, ... }";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./modules/team.nix ./modules/groups.nix ];
      systems = [ ];
    };
}
