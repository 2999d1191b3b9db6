{
  description = "mistake: dev.nix selects the admin everyone, which only the mkDefault definition of the whole dev group declared (that definition is dropped)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./base.nix ./dev.nix ];
      systems = [ "x86_64-linux" ];
    };
}
