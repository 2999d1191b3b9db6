{
  description = "A secret's file written as a Nix path instead of a string";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [ { name = "ops"; age = "age1jh6t6rws4wmnx06k6xarn0vsxkm6ajzv4yekjuw7ze0vhckfhvhsa66yu3"; } ];
        secret.db.file = ./secrets/prod/db.yaml;
      };
    };
}
