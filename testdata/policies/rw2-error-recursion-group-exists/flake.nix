{
  description = "A module adds a staging group only when prod exists, testing config.flake.secrets ? prod inside a definition of flake.secrets: the set of groups depends on itself, infinite recursion";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, config, ... }: {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];
      flake.secrets = lib.mkMerge [
        { prod.recipients.admins = [ { name = "rae"; age = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; } ]; prod.secret.x = { }; }
        (lib.mkIf (config.flake.secrets ? prod) { staging.recipients.admins = [ { name = "rae"; age = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7"; } ]; })
      ];
    });
}
