{
  description = "Two modules give one secret different files";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ./backup.nix ];
      systems = [ "x86_64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [ { name = "alice"; age = "age1k2ckvpf3df4700h3a6lcyj4mrnlfw58stqm69agjffnz9zdsepuqtyh97t"; } ];
        secret.restic.file = "secrets/prod/restic.yaml";
      };
    };
}
