{
  description = "monorepo policy: services.nix lists services with the environments they run in, the hosts they run on and extra admins; groups per environment generated with foldl' over services and recursiveUpdate, people.nix with attrsToList, exceptions applied with overrideExisting";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./nix/secrets ];
      systems = [ "x86_64-linux" "aarch64-darwin" ];
    };
}
