{
  description = "A shared defaults module sets every group's directory with mkDefault to secrets/<g>; prod overrides it with mkForce from another module, dev sets it plainly";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ./defaults.nix ./prod.nix ];
      systems = [ ];
      flake.secrets.dev.directory = "dev-secrets";
    });
}
