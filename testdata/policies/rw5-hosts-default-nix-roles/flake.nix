{
  description = "hosts/<dir>/default.nix inventory imported per directory; recipient name from networking.hostName (bastion's dir differs from its hostName), secrets selected by role predicates through lib.pipe";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./nix/secrets.nix ];
      systems = [ "x86_64-linux" "aarch64-linux" ];
    };
}
