{
  description = "disabledModules removes the legacy group file that shared.nix imports (the team migrated it); only the new group remains";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./shared.nix ./new.nix ];
      disabledModules = [ ./legacy.nix ];
      systems = [ "x86_64-linux" ];
    };
}
